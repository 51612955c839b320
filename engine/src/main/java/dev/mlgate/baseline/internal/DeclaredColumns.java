package dev.mlgate.baseline.internal;

import static dev.mlgate.engine.internal.check.Declarations.problem;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.Declarations;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.quality.Slices;
import java.util.List;
import java.util.Set;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestSource;

/**
 * Checks a comparison class's {@link BaselineComparison} and {@link Slices} attributes: the files, a task
 * declared by its columns ({@link Kind}), the baseline's columns, one probability column per class, distinct
 * classes, the join column and the slice columns. Each problem names the class.
 */
final class DeclaredColumns {

    private DeclaredColumns() {
    }

    /** Reports what is wrong with the class's annotations; returns the comparison's kind, null when it has none. */
    static Kind validate(Class<?> type, BaselineComparison comparison, List<DeclarationProblem> problems) {
        TestSource source = Declarations.source(type);
        String name = type.getName() + ": @BaselineComparison";
        Kind kind = Kind.of(comparison);
        boolean modelled = Kind.modelled(comparison);
        if (modelled == !comparison.candidate().isBlank()) {
            problems.add(problem(name + (modelled ? " names both candidate (a predictions file) and"
                    + " candidateModelFile (a model file); the candidate is one or the other"
                    : " names no candidate: set candidate (its predictions file) or candidateModelFile and data (a"
                    + " model file and the rows it scores)"), source));
        }
        if (comparison.label().isBlank()) {
            problems.add(problem(name + " needs label", source));
        }
        CandidateModel.validate(type, name, comparison, source, problems);
        if (kind == null) {
            problems.add(problem(name + " declares no task: name score (binary), prediction (regression), or"
                    + " prediction or probabilities with classes (multiclass), the columns of exactly one", source));
        } else {
            columns(kind, comparison, name, source, problems);
        }
        if (!comparison.baseline().isBlank() && comparison.joinOn().isBlank()) {
            problems.add(problem(name + " compares two files but names no joinOn id column to pair their rows",
                    source));
        }
        AnnotationSupport.findAnnotation(type, Slices.class).ifPresent(slices -> {
            if (slices.value().length == 0 || List.of(slices.value()).stream().anyMatch(String::isBlank)
                    || slices.minSize() == 0 || slices.minSize() < -1) {
                problems.add(problem(type.getName() + ": @Slices needs column names and a minimum size of at least 1",
                        source));
            }
            for (String required : slices.required()) {
                int equals = required.indexOf('=');
                if (equals <= 0 || !List.of(slices.value()).contains(required.substring(0, equals))) {
                    problems.add(problem(type.getName() + ": @Slices(required = \"" + required + "\") must read"
                            + " column=value with one of the slice columns " + List.of(slices.value()), source));
                }
            }
        });
        return kind;
    }

    private static void columns(Kind kind, BaselineComparison comparison, String name, TestSource source,
            List<DeclarationProblem> problems) {
        String[] declaredBaseline = kind.declaredBaselineColumns(comparison);
        boolean modelled = Kind.modelled(comparison);
        if (modelled && declaredBaseline.length == 0) {
            problems.add(problem(name + " scores the candidate with a model file, so name the baseline's predictions"
                    + " with " + kind.baselineAttribute() + " (in the baseline file, or in data without one)", source));
        } else if (comparison.baseline().isBlank() && declaredBaseline.length == 0) {
            problems.add(problem(name + " names no baseline: set baseline (a second file) or "
                    + kind.baselineAttribute() + " (" + (kind == Kind.MULTICLASS_PROBABILITIES ? "columns" : "a column")
                    + " of the candidate file)", source));
        }
        if (kind == Kind.MULTICLASS_PROBABILITIES) {
            int classes = comparison.classes().length;
            if (modelled) {
                if (declaredBaseline.length > 0 && declaredBaseline.length != classes) {
                    problems.add(problem(name + " names " + classes + " classes but " + declaredBaseline.length
                            + " baselineProbabilities; name one baseline probability column per class, in order",
                            source));
                }
            } else if (comparison.probabilities().length != classes
                    || (declaredBaseline.length > 0 && declaredBaseline.length != classes)) {
                problems.add(problem(name + " names " + classes + " classes but " + comparison.probabilities().length
                        + " probabilities" + (declaredBaseline.length > 0 ? " and " + declaredBaseline.length
                        + " baselineProbabilities" : "") + "; name one probability column per class, in order", source));
            }
        }
        if (kind.viewType() == MulticlassPredictions.class
                && Set.of(comparison.classes()).size() != comparison.classes().length) {
            problems.add(problem(name + " repeats a class in classes " + List.of(comparison.classes()), source));
        }
    }
}
