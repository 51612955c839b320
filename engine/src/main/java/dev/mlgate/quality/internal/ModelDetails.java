package dev.mlgate.quality.internal;

import dev.mlgate.model.internal.ModelRun;
import dev.mlgate.model.internal.SuiteModels;
import java.util.LinkedHashMap;
import java.util.Map;

/** The model file's identity in a gate's evidence, so each model gate in report.json names what it judged. */
final class ModelDetails {

    private ModelDetails() {
    }

    static Map<String, Object> of(ModelRun run) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("model.file", run.fileName());
        details.put("model.sha256", run.sha256());
        details.put("model.bytes", run.bytes());
        details.put("model.producer", run.signature().producer());
        details.put("model.opset", run.signature().opsetText());
        details.put("model.inputs", SuiteModels.describe(run.signature().inputs()));
        details.put("model.outputs", SuiteModels.describe(run.signature().outputs()));
        details.put("model.runtime", run.runtime());
        return details;
    }
}
