package dev.mlgate.engine;

import static dev.mlgate.engine.EngineTestSupport.ENGINE;
import static dev.mlgate.engine.EngineTestSupport.FIXTURES;
import static dev.mlgate.engine.EngineTestSupport.suite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.engine.memory.BigUniqueContract;
import dev.mlgate.engine.memory.MemoryRun;
import dev.mlgate.engine.memory.SmallContract;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A suite that exhausts the heap fails alone, saying how to give it more, and the run goes on: run in a
 * second JVM with a 32 MB heap, where @Unique over 4,000,000 distinct ids cannot fit.
 */
class OutOfMemoryTests {

    @TempDir
    Path temp;

    @Test
    void a_suite_that_runs_out_of_memory_fails_alone_and_the_other_suites_pass() throws Exception {
        Path big = temp.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("id\n");
            for (long id = 0; id < 4_000_000; id++) {
                out.write(Long.toString(id * 7919));
                out.write('\n');
            }
        }
        Path log = temp.resolve("run.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-cp", System.getProperty("java.class.path"), MemoryRun.class.getName(),
                FIXTURES.toString(), big.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        List<String> lines = Files.readAllLines(log);

        assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(lines).contains("RUN ENDED");
        assertThat(lines).filteredOn(line -> line.startsWith("FAILED " + suite(BigUniqueContract.class) + " "))
                .singleElement().asString()
                .contains("BigUniqueContract (data contract) could not be evaluated: it ran out of memory: the test JVM"
                        + " may use at most")
                .contains("<argLine>-Xmx4g</argLine>");
        assertThat(lines).filteredOn(line -> line.contains(suite(SmallContract.class) + "/"))
                .isNotEmpty().allMatch(line -> line.startsWith("SUCCESSFUL "));
        assertThat(lines).anyMatch(line -> line.startsWith("SUCCESSFUL " + ENGINE + " "));
    }
}
