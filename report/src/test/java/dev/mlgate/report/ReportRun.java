package dev.mlgate.report;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a scenario of fixture suites through the real Launcher with the report listener, the fixtures
 * directory as {@code mlgate.basedir} and a given report directory. The scenario's classes are copied
 * into a class path root of their own and loaded from there, because the engine judges a run complete
 * against every suite in the roots of the suites that ran; a scenario is thus a whole "project".
 */
final class ReportRun {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();
    private static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();

    private final Path reportDir;
    private final ClassLoader loader;
    private final List<Class<?>> suites = new ArrayList<>();
    private final Map<String, String> configuration = new HashMap<>();

    private ReportRun(Path reportDir, List<Class<?>> fixtures) {
        this.reportDir = reportDir;
        try {
            Path root = Files.createTempDirectory(reportDir.getParent(), "classes");
            for (Class<?> fixture : fixtures) {
                copyClassFiles(fixture, root);
            }
            this.loader = new Isolated(root.toUri().toURL(), fixtures);
            for (Class<?> fixture : fixtures) {
                suites.add(loader.loadClass(fixture.getName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A scenario whose complete run is every check of {@code fixtures}. */
    static ReportRun of(Path reportDir, Class<?>... fixtures) {
        return new ReportRun(reportDir, List.of(fixtures));
    }

    /** Sets a configuration parameter. */
    ReportRun with(String key, String value) {
        configuration.put(key, value);
        return this;
    }

    /** The scenario's copy of {@code fixture}. */
    Class<?> suite(Class<?> fixture) {
        return suites.stream().filter(type -> type.getName().equals(fixture.getName())).findFirst().orElseThrow();
    }

    /** Runs every suite of the scenario. */
    void runAll() {
        run(all());
    }

    /** Runs only what {@code selectors} select, given the scenario's own classes. */
    void run(Function<ReportRun, DiscoverySelector> selector) {
        run(selector.apply(this));
    }

    private void run(DiscoverySelector... selectors) {
        withContextLoader(() -> {
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(false)
                    .build());
            launcher.execute(request(selectors), new MlgateReportListener());
        });
    }

    /** Runs every suite with {@code listener}. */
    void runAllWith(MlgateReportListener listener) {
        withContextLoader(() -> LauncherFactory.create(LauncherConfig.builder()
                        .enableTestExecutionListenerAutoRegistration(false).build())
                .execute(request(all()), listener));
    }

    /** Runs every suite with the report listener and then {@code observer} registered, in that order. */
    void runAllObservedBy(TestExecutionListener observer) {
        withContextLoader(() -> LauncherFactory.create(LauncherConfig.builder()
                        .enableTestExecutionListenerAutoRegistration(false).build())
                .execute(request(all()), new MlgateReportListener(), observer));
    }

    /** Runs through a launcher that registers listeners from META-INF/services, as Surefire and IDEs do. */
    void runAllWithServiceLoader() {
        withContextLoader(() -> LauncherFactory.create().execute(request(all())));
    }

    private DiscoverySelector[] all() {
        return suites.stream().map(type -> (DiscoverySelector) selectClass(type)).toArray(DiscoverySelector[]::new);
    }

    private void withContextLoader(Runnable action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            action.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private LauncherDiscoveryRequest request(DiscoverySelector... selectors) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(Arrays.asList(selectors))
                .filters(EngineFilter.includeEngines("mlgate"))
                .configurationParameter("mlgate.basedir", FIXTURES.toString())
                .configurationParameter("mlgate.report.dir", reportDir.toString())
                .configurationParameters(configuration)
                .enableImplicitConfigurationParameters(false)
                .build();
    }

    private static void copyClassFiles(Class<?> type, Path root) throws IOException {
        String packagePath = type.getPackageName().replace('.', '/');
        Path source = TEST_CLASSES.resolve(packagePath);
        Path target = Files.createDirectories(root.resolve(packagePath));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(source, type.getSimpleName() + "*.class")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.equals(type.getSimpleName() + ".class") || name.startsWith(type.getSimpleName() + "$")) {
                    Files.copy(file, target.resolve(name));
                }
            }
        }
    }

    /** Loads the scenario's fixture classes from their own root, everything else from the test class path. */
    private static final class Isolated extends URLClassLoader {

        private final Set<String> names = new HashSet<>();

        Isolated(URL root, List<Class<?>> fixtures) throws MalformedURLException {
            super(new URL[] {root}, ReportRun.class.getClassLoader());
            fixtures.forEach(type -> names.add(type.getName()));
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
            if (!names.contains(outer)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
