package dev.mlgate.stats;

import static dev.mlgate.stats.Tolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

// Reference values: R 4.2.2, pROC 1.18.0,
// roc.test(roc(label, a, levels=c(0,1), direction="<"), roc(label, b, ...), method="delong", paired=TRUE),
// standard error from pROC:::delong.paired.calculations (src/test/resources/reference/delong_reference.R).
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeLongTest {

    /** Mirror of {@code dataset()} in delong_reference.R. */
    private record Data(boolean[] labels, double[] a, double[] b) {

        static Data of(int n, long la, long lb, long lm, long lt, long am, long ab, long amod, double adiv,
                double ashift, long bm, long bb, long bmod, double bdiv, double bshift) {
            boolean[] labels = new boolean[n];
            double[] a = new double[n];
            double[] b = new double[n];
            for (long i = 0; i < n; i++) {
                int ii = (int) i;
                labels[ii] = ((i * la + lb) % lm) < lt;
                double label = labels[ii] ? 1 : 0;
                a[ii] = ((i * i * am + i * ab) % amod) / adiv + ashift * label;
                b[ii] = ((i * bm + bb) % bmod) / bdiv + bshift * label;
            }
            return new Data(labels, a, b);
        }
    }

    private static final Data MODERATE = Data.of(200, 37, 11, 100, 40, 13, 7, 101, 100, 0.3, 29, 5, 23, 22, 0.2);

    private static void assertDeLong(DeLongResult r, double auc1, double auc2, double se, double z, double p,
            double lower, double upper) {
        assertClose(r.aucA(), auc1);
        assertClose(r.aucB(), auc2);
        assertClose(r.difference(), auc1 - auc2);
        assertClose(r.standardError(), se);
        assertClose(r.z(), z);
        assertClose(r.pValue(), p);
        assertClose(r.lower(), lower);
        assertClose(r.upper(), upper);
    }

    @Test
    void two_models_on_two_hundred_rows_with_ties_match_proc() {
        // pROC 1.18.0 roc.test(..., method="delong", paired=TRUE), "MODERATE n=200 (level 0.95)"
        DeLongResult result = DeLong.test(MODERATE.labels(), MODERATE.a(), MODERATE.b());
        assertDeLong(result, 0.76697916666666666, 0.59968750000000004, 0.052544749802642177, 3.1837941429926548,
                0.0014535834575148858, 0.06430584947681986, 0.2702774838565134);
        assertThat(result.confidenceLevel()).isEqualTo(0.95);
    }

    @Test
    void the_confidence_level_of_the_interval_can_be_chosen() {
        // pROC 1.18.0, "MODERATE n=200 (level 0.9)"
        DeLongResult result = DeLong.test(MODERATE.labels(), MODERATE.a(), MODERATE.b(), 0.9);
        assertClose(result.lower(), 0.080863244376533014);
        assertClose(result.upper(), 0.2537200889568002);
    }

    @Test
    void a_small_sample_with_heavy_ties_matches_proc() {
        // pROC 1.18.0, "SMALL n=12 heavy ties": 5 positives, 7 negatives, 4 and 3 distinct scores
        Data data = Data.of(12, 5, 3, 12, 5, 1, 1, 4, 4, 0.25, 1, 2, 3, 3, 0.0);
        assertDeLong(DeLong.test(data.labels(), data.a(), data.b()), 0.82857142857142851, 0.61428571428571432,
                0.20470652628766361, 1.0467947366982797, 0.29519425841516828, -0.18693170463840808,
                0.61550313320983663);
    }

    @Test
    void five_thousand_rows_match_proc() {
        // pROC 1.18.0, "LARGE n=5000"
        Data data = Data.of(5000, 7919, 13, 1000, 300, 31, 17, 1009, 1000, 0.15, 97, 3, 1013, 1000, 0.12);
        assertDeLong(DeLong.test(data.labels(), data.a(), data.b()), 0.63927599999999996, 0.6108675238095238,
                0.01204875140695999, 2.3577942004900132, 0.018383881581148606, 0.0047933573741582719,
                0.052023595006794029);
    }

    @Test
    void identical_models_have_zero_difference_zero_error_and_p_value_one() {
        // pROC 1.18.0, "IDENTICAL models n=200": z = 0, p = 1, ci = [0, 0]
        DeLongResult result = DeLong.test(MODERATE.labels(), MODERATE.a(), MODERATE.a());
        assertThat(result.difference()).isEqualTo(0.0);
        assertThat(result.standardError()).isEqualTo(0.0);
        assertThat(result.z()).isEqualTo(0.0);
        assertThat(result.pValue()).isEqualTo(1.0);
        assertThat(result.lower()).isEqualTo(0.0);
        assertThat(result.upper()).isEqualTo(0.0);
    }

    @Test
    void aucs_agree_with_a_brute_force_pairwise_count() {
        Data data = Data.of(12, 5, 3, 12, 5, 1, 1, 4, 4, 0.25, 1, 2, 3, 3, 0.0);
        DeLongResult result = DeLong.test(data.labels(), data.a(), data.b());
        assertClose(result.aucA(), bruteForceAuc(data.labels(), data.a()));
        assertClose(result.aucB(), bruteForceAuc(data.labels(), data.b()));
    }

    private static double bruteForceAuc(boolean[] labels, double[] scores) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < labels.length; i++) {
            for (int j = 0; j < labels.length; j++) {
                if (labels[i] && !labels[j]) {
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                    pairs++;
                }
            }
        }
        return wins / pairs;
    }

    @Test
    void fewer_than_two_labels_of_a_class_are_rejected() {
        assertThatThrownBy(() -> DeLong.test(new boolean[] {true, false, false}, new double[] {1, 2, 3},
                new double[] {3, 2, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DeLong's test needs at least two positive and two negative labels, but had 1 positive and 2 negative");
    }

    @Test
    void empty_or_mismatched_inputs_are_rejected() {
        assertThatThrownBy(() -> DeLong.test(new boolean[0], new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scoresA sample must not be empty");
        assertThatThrownBy(() -> DeLong.test(new boolean[] {true, false}, new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same length");
        assertThatThrownBy(() -> DeLong.test(MODERATE.labels(), MODERATE.a(), MODERATE.b(), 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidence level");
    }
}
