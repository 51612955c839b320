package dev.mlgate.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a small test class tree at test time, with annotation types of the suite annotations' names,
 * so the scan runs on real class files in a loader that has nothing of the plugin's.
 */
class SuiteScannerTest {

    static final Map<String, String> SOURCES = Map.ofEntries(
            Map.entry("dev/mlgate/contract/DataContract.java", annotation("dev.mlgate.contract", "DataContract")),
            Map.entry("dev/mlgate/quality/ModelQuality.java", annotation("dev.mlgate.quality", "ModelQuality")),
            Map.entry("dev/mlgate/baseline/BaselineComparison.java",
                    annotation("dev.mlgate.baseline", "BaselineComparison")),
            Map.entry("com/acme/ChurnGate.java", """
                    package com.acme;
                    @dev.mlgate.contract.DataContract @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
                    public @interface ChurnGate {}
                    """),
            Map.entry("com/acme/suites/ChurnContract.java", """
                    package com.acme.suites;
                    @dev.mlgate.contract.DataContract public record ChurnContract(double age) {}
                    """),
            Map.entry("com/acme/suites/CandidateQuality.java", """
                    package com.acme.suites;
                    @dev.mlgate.quality.ModelQuality public class CandidateQuality {
                        @dev.mlgate.baseline.BaselineComparison public static class VersusProduction {}
                    }
                    """),
            Map.entry("com/acme/suites/MetaAnnotated.java", """
                    package com.acme.suites;
                    @com.acme.ChurnGate public class MetaAnnotated {}
                    """),
            Map.entry("com/acme/suites/AbstractQuality.java", """
                    package com.acme.suites;
                    @dev.mlgate.quality.ModelQuality public abstract class AbstractQuality {}
                    """),
            Map.entry("com/acme/suites/QualityShape.java", """
                    package com.acme.suites;
                    @dev.mlgate.quality.ModelQuality public interface QualityShape {}
                    """),
            Map.entry("com/acme/PlainTest.java", """
                    package com.acme;
                    @Deprecated public class PlainTest {}
                    """),
            Map.entry("com/acme/Base.java", "package com.acme; public class Base {}"),
            Map.entry("com/acme/suites/Broken.java", """
                    package com.acme.suites;
                    @dev.mlgate.contract.DataContract public class Broken extends com.acme.Base {}
                    """));

    @TempDir
    static Path classes;
    static Path libraries;

    @BeforeAll
    static void compile(@TempDir Path sources) throws IOException {
        Path annotations = classes.resolve("lib");
        Path tests = classes.resolve("test-classes");
        List<String> annotationFiles = new ArrayList<>();
        List<String> testFiles = new ArrayList<>();
        for (Map.Entry<String, String> source : SOURCES.entrySet()) {
            Path file = sources.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            (source.getKey().startsWith("dev/") ? annotationFiles : testFiles).add(file.toString());
        }
        Files.createDirectories(annotations.resolve("dev/mlgate/engine"));
        Files.createFile(annotations.resolve("dev/mlgate/engine/MlgateTestEngine.class"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> first = new ArrayList<>(List.of("-d", annotations.toString()));
        first.addAll(annotationFiles);
        assertThat(javac.run(null, null, null, first.toArray(String[]::new))).isZero();
        List<String> second = new ArrayList<>(List.of("-d", tests.toString(), "-cp", annotations.toString()));
        second.addAll(testFiles);
        assertThat(javac.run(null, null, null, second.toArray(String[]::new))).isZero();
        // A suite whose superclass is gone from the class path cannot be loaded: the scan must name it, not crash.
        Files.delete(tests.resolve("com/acme/Base.class"));
        libraries = annotations;
    }

    @Test
    void finds_concrete_suite_classes_by_annotation_name_directly_or_through_a_meta_annotation() {
        TestClasses found = SuiteScanner.scan(classes.resolve("test-classes"), List.of(libraries));

        assertThat(found.scanned()).isTrue();
        assertThat(found.suites()).containsExactly("com.acme.suites.CandidateQuality",
                "com.acme.suites.CandidateQuality$VersusProduction", "com.acme.suites.ChurnContract",
                "com.acme.suites.MetaAnnotated");
    }

    @Test
    void names_a_class_it_cannot_load() {
        TestClasses found = SuiteScanner.scan(classes.resolve("test-classes"), List.of(libraries));

        assertThat(found.unloadable()).singleElement().asString()
                .startsWith("com.acme.suites.Broken (NoClassDefFoundError: com/acme/Base");
    }

    @Test
    void tells_whether_the_engine_and_the_report_listener_are_on_the_class_path() {
        TestClasses found = SuiteScanner.scan(classes.resolve("test-classes"), List.of(libraries));

        assertThat(found.engineOnClasspath()).isTrue();
        assertThat(found.listenerOnClasspath()).isFalse();
    }

    @Test
    void a_missing_test_output_directory_holds_no_suite() {
        TestClasses found = SuiteScanner.scan(classes.resolve("absent"), List.of());

        assertThat(found.suites()).isEmpty();
        assertThat(found.engineOnClasspath()).isFalse();
    }

    private static String annotation(String packageName, String name) {
        return "package " + packageName + ";\n"
                + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)\n"
                + "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)\n"
                + "public @interface " + name + " {}\n";
    }
}
