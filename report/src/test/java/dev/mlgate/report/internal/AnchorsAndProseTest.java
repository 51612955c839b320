package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorsAndProseTest {

    @Test
    void anchors_read_like_the_unique_id_and_need_no_escaping() {
        assertThat(Anchors.of("[engine:mlgate]/[suite:com.example.Churn]/[gate:rocAuc]/[slice:size_band=large]"))
                .isEqualTo("suite:com.example.Churn/gate:rocAuc/slice:size_band~3Dlarge");
        assertThat(Anchors.of("[engine:mlgate]/[suite:a]/[constraint:e-mail \"x\"<y>]"))
                .isEqualTo("suite:a/constraint:e-mail~20~22x~22~3Cy~3E").matches("[A-Za-z0-9._:/~-]+");
        assertThat(Anchors.column("[engine:mlgate]/[suite:a]", "größe")).isEqualTo("suite:a/column:gr~C3~B6~C3~9Fe");
    }

    @Test
    void anchors_of_different_unique_ids_differ_even_when_values_hold_separators() {
        List<String> ids = List.of("[engine:mlgate]/[suite:a]/[gate:b/c]", "[engine:mlgate]/[suite:a]/[gate:b]/[c:]",
                "[engine:mlgate]/[suite:a]/[gate:b:c]", "[engine:mlgate]/[suite:a]/[gate:b~3Ac]",
                "[engine:other]/[suite:a]/[gate:b]");
        assertThat(ids.stream().map(Anchors::of).distinct()).hasSize(ids.size());
    }

    @Test
    void engine_messages_show_long_decimals_rounded_with_the_exact_text_on_hover() {
        assertThat(Prose.html("two-sample Kolmogorov-Smirnov D = 0.18722327640733713, p = 2.173131827756394E-4 >= 0.05"))
                .isEqualTo("two-sample Kolmogorov-Smirnov D = <span class=\"num\" title=\"0.18722327640733713\">0.1872"
                        + "</span>, p = <span class=\"num\" title=\"2.173131827756394E-4\">0.0002173</span> &gt;= 0.05");
    }

    @Test
    void short_numbers_names_with_digits_and_markup_keep_their_text() {
        assertThat(Prose.html("feature_0.123456 of v1.2.34567 in <b>341</b> rows, difference +0.0534"))
                .isEqualTo("feature_0.123456 of v1.2.34567 in &lt;b&gt;341&lt;/b&gt; rows, difference +0.0534");
        assertThat(Prose.html(null)).isEmpty();
    }
}
