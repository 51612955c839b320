package dev.mlgate.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformVersionsTest {

    @Test
    void jupiter_5_goes_with_platform_1_of_the_same_minor_and_6_with_6() {
        assertThat(PlatformVersions.line("5.11.4")).isEqualTo(PlatformVersions.line("1.11.0"));
        assertThat(PlatformVersions.line("5.11.4")).isNotEqualTo(PlatformVersions.line("1.12.2"));
        assertThat(PlatformVersions.line("6.1.3")).isEqualTo(PlatformVersions.line("6.1.0"));
        assertThat(PlatformVersions.line("6.1.3")).isNotEqualTo(PlatformVersions.line("5.14.1"));
    }

    @Test
    void this_build_s_aligned_class_path_has_no_mismatch() {
        assertThat(PlatformVersions.mismatch()).isEmpty();
    }
}
