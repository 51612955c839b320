package dev.mlgate.quality.internal;

import static dev.mlgate.engine.internal.check.Declarations.problem;

import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.quality.Scorer;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.support.descriptor.ClassSource;

/**
 * The validated inputs of a {@link ModelQuality} suite: which task its columns (or its scorer) declare,
 * which file to read and which columns hold what.
 *
 * @param task the task
 * @param file the predictions file, or the evaluation data of a scorer or model file, as declared
 * @param scorer the scorer class, if the suite scores in-process
 * @param quality the annotation, for the column names
 */
record Inputs(Task task, String file, Optional<Class<? extends Scorer>> scorer, ModelQuality quality) {

    /** The declared inputs of {@code type}, or empty after adding a problem naming the class to {@code problems}. */
    static Optional<Inputs> of(Class<?> type, ModelQuality quality, List<DeclarationProblem> problems) {
        int before = problems.size();
        String where = type.getName() + ": @ModelQuality";
        ClassSource source = ClassSource.from(type);
        if (quality.label().isBlank()) {
            problems.add(problem(where + " needs the label column", source));
        }
        checkDistinct(where, "classes", quality.classes(), source, problems);
        checkDistinct(where, "probabilities", quality.probabilities(), source, problems);
        if (quality.modelFile().isBlank() && quality.inputs().length > 0) {
            problems.add(problem(where + " maps inputs but names no modelFile; inputs is only for a model file", source));
        }
        Optional<Task> task = !quality.modelFile().isBlank() ? fromModel(where, quality, source, problems)
                : quality.scorer() == Scorer.class
                ? fromColumns(where, quality, source, problems)
                : fromScorer(where, quality, source, problems);
        if (task.isEmpty() || problems.size() > before) {
            return Optional.empty();
        }
        boolean scorer = quality.scorer() != Scorer.class;
        return Optional.of(new Inputs(task.get(), scorer || !quality.modelFile().isBlank() ? quality.data()
                : quality.predictions(), scorer ? Optional.of(quality.scorer()) : Optional.empty(), quality));
    }

    private static Optional<Task> fromColumns(String where, ModelQuality quality, ClassSource source,
            List<DeclarationProblem> problems) {
        if (quality.predictions().isBlank() || !quality.data().isBlank()) {
            problems.add(problem(where + " reads a predictions file: set predictions (data is only for a scorer)",
                    source));
            return Optional.empty();
        }
        boolean score = !quality.score().isBlank();
        boolean probabilities = quality.probabilities().length > 0;
        boolean prediction = !quality.prediction().isBlank();
        int classes = quality.classes().length;
        if (score && !probabilities && !prediction && classes == 0) {
            return Optional.of(Task.BINARY);
        }
        if (probabilities && !score && !prediction) {
            if (classes == quality.probabilities().length && classes >= 2) {
                return Optional.of(Task.MULTICLASS_PROBABILITIES);
            }
            problems.add(problem(where + " declares " + quality.probabilities().length + " probability columns and "
                    + classes + " classes; name the class of each probability column in classes, in the same order"
                    + " (at least two)", source));
            return Optional.empty();
        }
        if (prediction && !score && !probabilities) {
            if (classes == 1) {
                problems.add(problem(where + " declares a single class; a multiclass task has at least two",
                        source));
                return Optional.empty();
            }
            return Optional.of(classes >= 2 ? Task.MULTICLASS_PREDICTED : Task.REGRESSION);
        }
        problems.add(problem(where + " declares columns that fit no task (score=\"" + quality.score()
                + "\", probabilities=" + List.of(quality.probabilities()) + ", prediction=\"" + quality.prediction()
                + "\", classes=" + List.of(quality.classes()) + "); declare label with exactly one of: score (binary),"
                + " probabilities and classes (multiclass), prediction and classes (multiclass), prediction"
                + " (regression)", source));
        return Optional.empty();
    }

    private static Optional<Task> fromScorer(String where, ModelQuality quality, ClassSource source,
            List<DeclarationProblem> problems) {
        Class<? extends Scorer> scorer = quality.scorer();
        if (quality.data().isBlank() || !quality.predictions().isBlank()) {
            problems.add(problem(where + " scores in-process with " + scorer.getSimpleName()
                    + ": set data (the evaluation rows) and leave predictions empty", source));
        }
        if (!quality.score().isBlank() || quality.probabilities().length > 0 || !quality.prediction().isBlank()) {
            problems.add(problem(where + " scores in-process with " + scorer.getSimpleName()
                    + ", so it declares no score, probabilities or prediction column", source));
        }
        if (scorer.isInterface() || Modifier.isAbstract(scorer.getModifiers()) || !hasNoArgConstructor(scorer)) {
            problems.add(problem(where + ": the scorer " + scorer.getName() + " must be a concrete class with a"
                    + " constructor without parameters", source));
            return Optional.empty();
        }
        if (Scorer.Binary.class.isAssignableFrom(scorer)) {
            if (quality.classes().length > 0) {
                problems.add(problem(where + ": a binary scorer uses positive and negative, not classes", source));
            }
            return Optional.of(Task.BINARY);
        }
        if (Scorer.Multiclass.class.isAssignableFrom(scorer)) {
            if (quality.classes().length < 2) {
                problems.add(problem(where + ": a multiclass scorer needs classes, the label value of each"
                        + " probability it returns (at least two)", source));
            }
            return Optional.of(Task.MULTICLASS_PROBABILITIES);
        }
        if (quality.classes().length > 0) {
            problems.add(problem(where + ": a regression scorer declares no classes", source));
        }
        return Optional.of(Task.REGRESSION);
    }

    private static Optional<Task> fromModel(String where, ModelQuality quality, ClassSource source,
            List<DeclarationProblem> problems) {
        String model = "model \"" + quality.modelFile() + "\"";
        if (quality.data().isBlank() || !quality.predictions().isBlank() || quality.scorer() != Scorer.class) {
            problems.add(problem(where + " scores the " + model + ": set data (the evaluation rows) and leave"
                    + " predictions and scorer unset", source));
        }
        if (!quality.score().isBlank() || quality.probabilities().length > 0 || !quality.prediction().isBlank()) {
            problems.add(problem(where + " scores the " + model + ", so it declares no score, probabilities or"
                    + " prediction column (output names the model's output)", source));
        }
        if (quality.batchSize() < 1) {
            problems.add(problem(where + "(batchSize = " + quality.batchSize() + ") must be at least 1", source));
        }
        for (dev.mlgate.quality.ModelInput input : quality.inputs()) {
            if (input.name().isBlank() || input.columns().length == 0
                    || List.of(input.columns()).stream().anyMatch(String::isBlank)) {
                problems.add(problem(where + ": @ModelInput(name = \"" + input.name() + "\", columns = "
                        + List.of(input.columns()) + ") needs an input name and at least one column", source));
            }
        }
        return switch (quality.task()) {
            case MULTICLASS -> {
                if (quality.classes().length < 2) {
                    problems.add(problem(where + ": a multiclass model needs classes, the label of each class"
                            + " probability (at least two)", source));
                }
                yield Optional.of(Task.MULTICLASS_PROBABILITIES);
            }
            case BINARY, REGRESSION -> {
                if (quality.classes().length > 0) {
                    problems.add(problem(where + ": a " + quality.task().name().toLowerCase(java.util.Locale.ROOT)
                            + " model declares no classes (task = MULTICLASS does)", source));
                }
                yield Optional.of(quality.task() == dev.mlgate.quality.ModelTask.BINARY ? Task.BINARY
                        : Task.REGRESSION);
            }
        };
    }

    private static void checkDistinct(String where, String attribute, String[] values, ClassSource source,
            List<DeclarationProblem> problems) {
        if (new HashSet<>(List.of(values)).size() != values.length || List.of(values).stream().anyMatch(String::isBlank)) {
            problems.add(problem(where + "(" + attribute + " = " + List.of(values)
                    + ") holds a blank or repeated value", source));
        }
    }

    /** Whether the suite scores a model file. */
    boolean modelled() {
        return !quality.modelFile().isBlank();
    }

    static boolean hasNoArgConstructor(Class<?> type) {
        try {
            type.getDeclaredConstructor();
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
