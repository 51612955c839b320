package dev.mlgate.engine.internal;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * Replaces the engine's stack frames of a failure with one frame at the suite member it concerns: the
 * message carries the facts, the engine's frames only bury them in Surefire's and the IDE's output, and
 * a frame at the member lets an IDE jump to the declaration.
 */
final class Frames {

    private Frames() {
    }

    static <T extends Throwable> T pointingAt(T failure, TestSource source) {
        failure.setStackTrace(frameAt(source));
        return failure;
    }

    private static StackTraceElement[] frameAt(TestSource source) {
        if (source instanceof MethodSource method) {
            return new StackTraceElement[] {frame(method.getClassName(), method.getMethodName())};
        }
        if (source instanceof ClassSource type) {
            return new StackTraceElement[] {frame(type.getClassName(), "<class>")};
        }
        return new StackTraceElement[0];
    }

    private static StackTraceElement frame(String className, String methodName) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        int nested = simple.indexOf('$');
        String file = (nested < 0 ? simple : simple.substring(0, nested)) + ".java";
        return new StackTraceElement(className, methodName, file, -1);
    }
}
