package dev.mlgate.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersistenceTest {

    @Test
    void nothing_is_persisted_unless_disk_is_asked_for() {
        assertThat(Persistence.parse(null)).isEqualTo(Persistence.NONE);
        assertThat(Persistence.parse(" ")).isEqualTo(Persistence.NONE);
        assertThat(Persistence.parse("none")).isEqualTo(Persistence.NONE);
        assertThat(Persistence.parse(" Disk ")).isEqualTo(Persistence.DISK);
    }

    @Test
    void an_unknown_value_names_the_key_and_what_is_allowed() {
        assertThatThrownBy(() -> Persistence.parse("memory"))
                .hasMessage("mlgate.spark.persist = 'memory': expected none or disk");
    }
}
