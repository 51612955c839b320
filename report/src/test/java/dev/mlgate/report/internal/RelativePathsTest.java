package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RelativePathsTest {

    private final RelativePaths paths = new RelativePaths(Path.of("/home/ci/build/module"));

    @Test
    void a_path_under_the_base_directory_loses_its_prefix() {
        assertThat(paths.apply("/home/ci/build/module/data/x.csv: no such file (looked for"
                + " /home/ci/build/module/data/x.csv)")).isEqualTo("data/x.csv: no such file (looked for data/x.csv)");
    }

    @Test
    void a_path_beside_it_goes_up_and_the_directories_themselves_become_dot_and_dot_dot() {
        assertThat(paths.apply("read '/home/ci/build/shared/ref.csv' and /home/other"))
                .isEqualTo("read '../shared/ref.csv' and ../../../other");
        assertThat(paths.apply("in /home/ci/build/module, under /home/ci/build")).isEqualTo("in ., under ..");
    }

    @Test
    void only_a_path_start_is_rewritten() {
        assertThat(paths.apply("/opt/home/ci/x and /home/ci/buildx/y and /usr/lib/z and module/home"))
                .isEqualTo("/opt/home/ci/x and ../../buildx/y and /usr/lib/z and module/home");
        assertThat(paths.apply(null)).isNull();
    }
}
