package dev.mlgate.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {

    private final Placeholders placeholders = new Placeholders(Map.of("dir", "data")::get, Map.<String, String>of()::get);

    @Test
    void resolves_from_configuration_then_default() {
        assertThat(placeholders.resolve("${dir}/${file:-x.csv}", "@DataContract(data)")).isEqualTo("data/x.csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${ }", "${}", "${:-x}", "${  :-x}"})
    void a_placeholder_without_a_name_is_an_error_naming_the_text_and_the_annotation(String placeholder) {
        assertThatThrownBy(() -> placeholders.resolve("in/" + placeholder + ".csv", "@DataContract(data)"))
                .isInstanceOf(Placeholders.UnresolvedPlaceholderException.class)
                .hasMessage("Placeholder " + placeholder + " in 'in/" + placeholder + ".csv' of @DataContract(data)"
                        + " names no parameter; write ${name} or ${name:-default}");
    }

    @Test
    void an_unresolved_placeholder_names_the_annotation() {
        assertThatThrownBy(() -> placeholders.resolve("${missing}", "@BaselineComparison(candidate)"))
                .hasMessage("Cannot resolve placeholder ${missing} in '${missing}' of @BaselineComparison(candidate):"
                        + " set the configuration parameter 'missing' (junit-platform.properties or -Dmissing=...) or"
                        + " the environment variable 'missing', or write ${missing:-default}");
    }
}
