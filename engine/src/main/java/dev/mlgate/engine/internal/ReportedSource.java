package dev.mlgate.engine.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * The source a test node shows the platform. Surefire (2.22 to 3.6) names a test with a
 * {@link MethodSource} of a method without parameters by the method's name, and one with a
 * {@link ClassSource} by nothing at all; every constraint of a record component would then be called
 * after its accessor, and table-level checks would be nameless, so Surefire folds and miscounts them. A
 * test without a source is named by its legacy reporting name. So a test shows its declared source only
 * when it is a method with parameters (a gate); any other keeps it for the report (as entries) and for
 * its failure's stack frame, which IDE consoles make clickable. Containers keep theirs: Surefire does
 * not count them.
 */
final class ReportedSource {

    static final String CLASS_KEY = ResultEntries.PREFIX + "source.class";
    static final String MEMBER_KEY = ResultEntries.PREFIX + "source.member";

    private ReportedSource() {
    }

    /** The source to show for a test node declared at {@code declared}, or null. */
    static TestSource forTest(TestSource declared) {
        return declared instanceof MethodSource method && !method.getMethodParameterTypes().isBlank() ? declared : null;
    }

    /** Report entries naming the declared class and member, for a node that does not show its source. */
    static ReportEntry entries(TestSource declared) {
        Map<String, String> values = new LinkedHashMap<>();
        if (declared instanceof MethodSource method) {
            values.put(CLASS_KEY, method.getClassName());
            values.put(MEMBER_KEY, method.getMethodName());
        } else if (declared instanceof ClassSource type) {
            values.put(CLASS_KEY, type.getClassName());
        }
        return ReportEntry.from(values);
    }
}
