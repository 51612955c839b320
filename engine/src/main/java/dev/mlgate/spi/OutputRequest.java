package dev.mlgate.spi;

import dev.mlgate.quality.ModelTask;
import java.util.List;

/**
 * What the engine reads from a model's outputs for one task.
 *
 * <ul>
 *   <li>{@link ModelTask#BINARY}: the probability of the {@code positive} class, one value per row, from a
 *       tensor of one value per row, the second column of a two-column tensor, or the {@code positive}
 *       key of a probability map (a sequence of maps, as scikit-learn's converters emit with ZipMap);</li>
 *   <li>{@link ModelTask#MULTICLASS}: one probability per class of {@code classes}, in that order, from a
 *       tensor with one column per class or from a probability map's keys;</li>
 *   <li>{@link ModelTask#REGRESSION}: the prediction, one value per row.</li>
 * </ul>
 *
 * @param task the task
 * @param output the output to read; empty lets the runtime choose (a probability map, else the last float tensor)
 * @param positive the label of the positive class (binary)
 * @param classes the class labels in order (multiclass)
 */
public record OutputRequest(ModelTask task, String output, String positive, List<String> classes) {

    public OutputRequest {
        classes = List.copyOf(classes);
    }

    /** Values per row: the number of classes of a multiclass task, else 1. */
    public int width() {
        return task == ModelTask.MULTICLASS ? classes.size() : 1;
    }
}
