package dev.mlgate.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A category name is data: the drift chart's label shows 200 characters of it and its length. */
class DriftCategoriesJsonTest {

    @Test
    void a_huge_category_name_is_cut_with_its_length() {
        String huge = "c".repeat(1_000_000);

        String json = DriftAnalysis.categoriesJson(Map.of(huge, 3L, "b", 1L), Map.of(huge, 2L));

        assertThat(json).isEqualTo("{\"categories\":[\"" + "c".repeat(200) + "\u2026 (1,000,000 characters)\",\"b\"],"
                + "\"reference\":[3,1],\"current\":[2,0]}");
    }
}
