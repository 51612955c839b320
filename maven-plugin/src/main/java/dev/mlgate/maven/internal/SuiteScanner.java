package dev.mlgate.maven.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the mlgate suite classes among the compiled test classes: concrete classes annotated, directly
 * or through a meta-annotation, with one of the suite annotations. The annotations are compared by
 * name, so the plugin needs no mlgate jar; classes are loaded without being initialized, in a loader
 * over the test class path alone.
 */
public final class SuiteScanner {

    /** The annotations that make a class an mlgate suite. */
    public static final Set<String> SUITE_ANNOTATIONS = Set.of("dev.mlgate.contract.DataContract",
            "dev.mlgate.quality.ModelQuality", "dev.mlgate.baseline.BaselineComparison");

    static final String ENGINE_CLASS = "dev/mlgate/engine/MlgateTestEngine.class";
    static final String LISTENER_CLASS = "dev/mlgate/report/MlgateReportListener.class";

    private SuiteScanner() {
    }

    /** Scans the class files under {@code testOutput}, loading them over {@code classpath}. */
    public static TestClasses scan(Path testOutput, List<Path> classpath) {
        List<String> suites = new ArrayList<>();
        List<String> unloadable = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(urls(testOutput, classpath), ClassLoader.getPlatformClassLoader())) {
            for (String name : classNames(testOutput)) {
                try {
                    Class<?> type = Class.forName(name, false, loader);
                    if (isConcrete(type) && isSuite(type)) {
                        suites.add(name);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    unloadable.add(name + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                }
            }
            return new TestClasses(true, suites, unloadable, loader.getResource(ENGINE_CLASS) != null,
                    loader.getResource(LISTENER_CLASS) != null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the test classes in " + testOutput, e);
        }
    }

    private static URL[] urls(Path testOutput, List<Path> classpath) {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(testOutput.toUri().toURL());
            for (Path element : classpath) {
                urls.add(element.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("A class path element is not a valid URL", e);
        }
        return urls.toArray(URL[]::new);
    }

    private static List<String> classNames(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "."))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .filter(name -> !name.endsWith("module-info") && !name.endsWith("package-info"))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isConcrete(Class<?> type) {
        // The engine's own test: records and enums are suites too.
        return !type.isInterface() && !type.isAnnotation() && !Modifier.isAbstract(type.getModifiers());
    }

    private static boolean isSuite(Class<?> type) {
        Set<String> seen = new HashSet<>();
        for (Annotation annotation : type.getAnnotations()) {
            if (marksSuite(annotation.annotationType(), seen)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the annotation is a suite annotation or is annotated with one, at any depth. */
    private static boolean marksSuite(Class<? extends Annotation> annotationType, Set<String> seen) {
        if (SUITE_ANNOTATIONS.contains(annotationType.getName())) {
            return true;
        }
        if (!seen.add(annotationType.getName()) || annotationType.getName().startsWith("java.lang.annotation.")) {
            return false;
        }
        for (Annotation meta : annotationType.getAnnotations()) {
            if (marksSuite(meta.annotationType(), seen)) {
                return true;
            }
        }
        return false;
    }
}
