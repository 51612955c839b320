package dev.mlgate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What Surefire's {@code TEST-*.xml} files say: the totals of every test suite and each test case with its
 * outcome. Totals are summed from the {@code <testsuite>} attributes, as CI servers read them.
 */
record SurefireReport(int tests, int failures, int errors, int skipped, List<TestCase> cases) {

    /** One {@code <testcase>}: its class name, its name, and what it ended with. */
    record TestCase(String className, String name, Outcome outcome, String message) {

        /** How a test case ended, as the XML shows it. */
        enum Outcome { PASSED, FAILED, ERROR, SKIPPED }

        @Override
        public String toString() {
            return className + " > " + name + ": " + outcome + (message.isEmpty() ? "" : " (" + message + ")");
        }
    }

    static SurefireReport read(Path reportsDir) {
        int tests = 0;
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        List<TestCase> cases = new ArrayList<>();
        if (!Files.isDirectory(reportsDir)) {
            return new SurefireReport(0, 0, 0, 0, List.of());
        }
        try (Stream<Path> files = Files.list(reportsDir)) {
            for (Path file : files.filter(SurefireReport::isReport).sorted().toList()) {
                Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(file.toFile()).getDocumentElement();
                tests += count(suite, "tests");
                failures += count(suite, "failures");
                errors += count(suite, "errors");
                skipped += count(suite, "skipped");
                NodeList testcases = suite.getElementsByTagName("testcase");
                for (int i = 0; i < testcases.getLength(); i++) {
                    cases.add(testCase((Element) testcases.item(i)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("unreadable Surefire report in " + reportsDir, e);
        }
        return new SurefireReport(tests, failures, errors, skipped, List.copyOf(cases));
    }

    /** The test cases whose class name is {@code className}. */
    List<TestCase> casesOf(String className) {
        return cases.stream().filter(c -> c.className().equals(className)).toList();
    }

    List<String> names() {
        return cases.stream().map(TestCase::name).toList();
    }

    private static boolean isReport(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("TEST-") && name.endsWith(".xml");
    }

    private static int count(Element suite, String attribute) {
        String value = suite.getAttribute(attribute);
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }

    private static TestCase testCase(Element element) {
        for (TestCase.Outcome outcome : List.of(TestCase.Outcome.FAILED, TestCase.Outcome.ERROR,
                TestCase.Outcome.SKIPPED)) {
            NodeList found = element.getElementsByTagName(tag(outcome));
            if (found.getLength() > 0) {
                Element detail = (Element) found.item(0);
                return new TestCase(element.getAttribute("classname"), element.getAttribute("name"), outcome,
                        detail.getAttribute("message"));
            }
        }
        return new TestCase(element.getAttribute("classname"), element.getAttribute("name"),
                TestCase.Outcome.PASSED, "");
    }

    private static String tag(TestCase.Outcome outcome) {
        return switch (outcome) {
            case FAILED -> "failure";
            case ERROR -> "error";
            case SKIPPED -> "skipped";
            case PASSED -> throw new IllegalArgumentException("a passed test case has no detail element");
        };
    }
}
