package dev.mlgate.contract.internal;

import dev.mlgate.contract.CheckContext;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * Runs one {@code @Check} method on the contract's table: an {@link AssertionError} fails it, any other
 * exception errors it, and the value it observed through its {@link CheckContext} becomes the evidence's
 * metric and ends the message.
 */
final class CustomRuleRun {

    private CustomRuleRun() {
    }

    static Verdict run(Method method, ContractState state) throws Exception {
        Class<?>[] types = method.getParameterTypes();
        boolean withContext = types[types.length - 1] == CheckContext.class;
        boolean withReference = types.length - (withContext ? 1 : 0) == 2;
        if (withReference && state.referenceError() != null) {
            throw new IllegalStateException(method.getName() + "() needs the reference table, but "
                    + state.referenceError());
        }
        String rule = method.getName() + "() on " + state.file().getFileName();
        RuleContext context = new RuleContext(method.getName() + "()", state.parameters(), state.today());
        List<Object> arguments = new ArrayList<>(List.of(state.table().orElseThrow(() -> noTable(method, "data"))));
        if (withReference) {
            arguments.add(state.reference().orElseThrow().table().orElseThrow(() -> noTable(method, "reference")));
        }
        if (withContext) {
            arguments.add(context);
        }
        try {
            method.invoke(null, arguments.toArray());
            return Verdict.passed(rule + " holds" + observed(context), evidence(context));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AssertionError assertion) {
                String message = (assertion.getMessage() == null ? rule + " failed" : assertion.getMessage())
                        + observed(context);
                if (assertion instanceof AssertionFailedError failed && failed.isExpectedDefined()) {
                    return Verdict.failed(message, String.valueOf(failed.getExpected().getValue()),
                            String.valueOf(failed.getActual().getValue()), evidence(context));
                }
                return Verdict.failed(message, "holds", "violated", evidence(context));
            }
            if (e.getCause() instanceof Exception exception) {
                throw exception;
            }
            throw e;
        }
    }

    /** {@code ; observed mean income = 52000.5}, or nothing when the rule observed nothing. */
    private static String observed(RuleContext context) {
        return context.observedName() == null ? ""
                : "; observed " + context.observedName() + " = " + Messages.number(context.observedValue());
    }

    private static Evidence evidence(RuleContext context) {
        return context.observedName() == null ? Evidence.of("custom rule", Double.NaN, "holds")
                : Evidence.of(context.observedName(), context.observedValue(), "holds");
    }

    /** A backend that builds tables only up to a size (Spark: {@code mlgate.spark.table.max-rows}) gave none. */
    private static IllegalStateException noTable(Method method, String which) {
        return new IllegalStateException(method.getName() + "() reads the whole " + which + " table, which the "
                + "backend did not build: a distributed backend builds it only up to its row limit (for Spark, "
                + "mlgate.spark.table.max-rows); raise the limit or run this contract with mlgate.backend=local");
    }
}
