package dev.mlgate.engine.internal.check;

import dev.mlgate.engine.internal.MlgateConfiguration;
import java.util.List;
import java.util.Map;

/**
 * A suite class compiled by its kind: the checks it declares, the declaration mistakes found, and how
 * to compute the state its checks read.
 *
 * @param <S> the state computed once per suite execution and shared by its checks
 */
public interface SuiteDefinition<S> {

    /** The annotated class. */
    Class<?> suiteClass();

    /** Kind of suite, for display and the report: {@code data contract}, {@code model quality}, ... */
    String kind();

    /** The valid checks, in declaration order. */
    List<CheckSpec<S>> checks();

    /** Declaration mistakes, each naming the member; the faulty member has no check. */
    List<DeclarationProblem> problems();

    /**
     * Loads the suite's artifacts once and computes everything {@code selected} checks need, in a
     * single pass per artifact.
     *
     * @throws Exception naming the file and reason when an artifact cannot be read
     */
    S open(MlgateConfiguration configuration, List<CheckSpec<S>> selected) throws Exception;

    /**
     * Report entries for the suite's own node, published right after {@link #open}: for example its
     * kind, artifacts and charts. Default: none.
     */
    default Map<String, String> suiteEntries(S state) {
        return Map.of();
    }
}
