package dev.mlgate.engine.internal;

import dev.mlgate.engine.internal.check.DeclarationProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A suite class with declaration mistakes. It keeps the suite's unique id and source, and holds one
 * failing test per faulty member (segment {@value #SEGMENT}), so that a method or unique-id selector
 * aimed at the suite still shows the mistake instead of silently selecting nothing. None of its checks
 * run: a suite is judged as declared, or not at all.
 */
final class BrokenSuiteDescriptor extends AbstractTestDescriptor implements Node<MlgateExecutionContext> {

    static final String SEGMENT = "declaration";

    private final Class<?> suiteClass;
    private final Set<TestTag> tags;

    BrokenSuiteDescriptor(UniqueId uniqueId, SuiteDeclaration declaration) {
        super(uniqueId, declaration.suiteClass().getSimpleName(), ClassSource.from(declaration.suiteClass()));
        this.suiteClass = declaration.suiteClass();
        this.tags = SuiteKinds.tagsOf(suiteClass);
        Map<String, List<DeclarationProblem>> byMember = declaration.problems().stream()
                .collect(Collectors.groupingBy(BrokenSuiteDescriptor::memberOf, LinkedHashMap::new, Collectors.toList()));
        byMember.forEach((member, problems) -> addChild(problem(member, problems)));
    }

    Class<?> suiteClass() {
        return suiteClass;
    }

    /** The class's fully qualified name, as Jupiter reports a test class, so XML reports group by class. */
    @Override
    public String getLegacyReportingName() {
        return suiteClass.getName();
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    @Override
    public MlgateExecutionContext before(MlgateExecutionContext context) {
        context.listener().reportingEntryPublished(this, ReportEntry.from(ResultEntries.PREFIX + "suite.kind",
                "broken declaration"));
        return context;
    }

    private ProblemDescriptor problem(String member, List<DeclarationProblem> problems) {
        TestSource source = problems.get(0).source().orElse(ClassSource.from(suiteClass));
        String subject = member.equals(SuiteDeclaration.CLASS_MEMBER) ? suiteClass.getSimpleName() : member;
        String message = problems.size() == 1 ? problems.get(0).message()
                : suiteClass.getSimpleName() + " has " + problems.size() + " declaration mistakes in " + subject + ": "
                        + problems.stream().map(DeclarationProblem::message).collect(Collectors.joining(" | "));
        String name = "declaration of " + subject;
        return new ProblemDescriptor(getUniqueId().append(SEGMENT, member), name, name, source, message, tags);
    }

    private static String memberOf(DeclarationProblem problem) {
        return problem.source().filter(MethodSource.class::isInstance)
                .map(source -> ((MethodSource) source).getMethodName())
                .orElse(SuiteDeclaration.CLASS_MEMBER);
    }
}
