package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.report.internal.Findings.Cause;
import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Model.RunInfo;
import dev.mlgate.report.internal.Model.Suite;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private static final String MODEL = "[engine:mlgate]/[suite:com.example.Quality]";
    private static final String DATA = "[engine:mlgate]/[suite:com.example.Customers]";

    @Test
    void causes_name_each_failed_gate_once_with_its_slices_and_data_causes_first() {
        Check small = slice("small", Status.FAILED);
        Check large = slice("large", Status.FAILED);
        Check medium = slice("medium", Status.PASSED);
        Check age = new Check(DATA + "/[constraint:age.between]", null, "constraint", "com.example.Customers", "age",
                "age: between 0 and 120", null, null, Status.FAILED, true, "violations", "3.0", "tolerated: none", null,
                null, null, null, List.of(), "3 of 6 values are not between 0 and 120", new TreeMap<>(), null);
        Run run = new Run(new RunInfo("0.1.0", "jvm", null, "42", null, true, List.of()), List.of(
                new Suite(DATA, "data contract", "com.example.Customers", "Customers", Status.FAILED, null, List.of(),
                        new TreeMap<>(), List.of(age)),
                new Suite(MODEL, "model quality", "com.example.Quality", "Quality", Status.FAILED, null, List.of(),
                        new TreeMap<>(), List.of(large, medium, small))), Instant.EPOCH);

        Findings findings = new Findings(run, Promotion.decide(run, Checks.noRetraining()));

        assertThat(findings.causes()).extracting(Cause::what).containsExactly(
                "Customers: age: between 0 and 120 failed",
                "Quality: rocAucPerBand not passed in 2 parts (size_band=large, size_band=small)");
        assertThat(findings.causes()).extracting(Cause::data).containsExactly(true, false);
        assertThat(findings.causes().get(0).anchor()).isEqualTo("suite:com.example.Customers/constraint:age.between");
        assertThat(findings.blocking()).isEqualTo(3);
        assertThat(findings.ordered()).extracting(Check::status)
                .containsExactly(Status.FAILED, Status.FAILED, Status.FAILED, Status.PASSED);
    }

    private static Check slice(String band, Status status) {
        return new Check(MODEL + "/[gate:rocAucPerBand]/[slice:size_band=" + band + "]", MODEL + "/[gate:rocAucPerBand]",
                "gate", "com.example.Quality", "rocAucPerBand", "rocAucPerBand >= 0.9 › size_band=" + band,
                "size_band=" + band, null, status, true, "roc_auc", "0.8", ">= 0.9", null, null, null, null, List.of(),
                "roc_auc = 0.8", new TreeMap<>(), null);
    }
}
