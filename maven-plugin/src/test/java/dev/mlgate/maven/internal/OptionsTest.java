package dev.mlgate.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void required_decision_takes_promote_or_any_in_any_case() {
        assertThat(RequiredDecision.parse("PROMOTE")).isEqualTo(RequiredDecision.PROMOTE);
        assertThat(RequiredDecision.parse(" any ")).isEqualTo(RequiredDecision.ANY);
    }

    @Test
    void an_unknown_required_decision_names_the_option_the_value_and_the_allowed_values() {
        assertThatThrownBy(() -> RequiredDecision.parse("REJECT")).isInstanceOf(InvalidOption.class)
                .hasMessage("Invalid value 'REJECT' for the mlgate:check option <requiredDecision> (property"
                        + " mlgate.requiredDecision): allowed values are PROMOTE, ANY.");
    }

    @Test
    void a_boolean_option_takes_only_true_or_false() {
        assertThat(InvalidOption.parseBoolean("warnOnly", "mlgate.warnOnly", "TRUE")).isTrue();
        assertThat(InvalidOption.parseBoolean("warnOnly", "mlgate.warnOnly", "false")).isFalse();
        assertThatThrownBy(() -> InvalidOption.parseBoolean("warnOnly", "mlgate.warnOnly", "yes"))
                .hasMessage("Invalid value 'yes' for the mlgate:check option <warnOnly> (property mlgate.warnOnly):"
                        + " allowed values are true, false.");
    }
}
