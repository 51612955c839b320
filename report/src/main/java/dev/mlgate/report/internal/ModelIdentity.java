package dev.mlgate.report.internal;

import dev.mlgate.report.ReportConstants;
import dev.mlgate.report.internal.Model.Artifact;
import dev.mlgate.report.internal.Model.Suite;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The model a run decides on, as promotion.json names it for a deployment step: the name and version
 * configured ({@value ReportConstants#MODEL_NAME}, {@value ReportConstants#MODEL_VERSION}); without a
 * configured name, the one model the comparison suites name as their candidate. Either may be null.
 */
public record ModelIdentity(String name, String version) {

    /** A run that names no model. */
    public static final ModelIdentity UNNAMED = new ModelIdentity(null, null);

    /** The identity the configuration gives. */
    static ModelIdentity configured(ConfigurationParameters parameters) {
        return new ModelIdentity(text(parameters, ReportConstants.MODEL_NAME), text(parameters, ReportConstants.MODEL_VERSION));
    }

    /**
     * This identity, named after the candidate of the comparison suites when no name is configured and
     * they all name the same one (a comparison's candidate is, by definition, the model up for promotion).
     */
    ModelIdentity orDeclaredBy(List<Suite> suites) {
        if (name != null) {
            return this;
        }
        List<String> declared = suites.stream().flatMap(suite -> suite.artifacts().stream())
                .filter(artifact -> "candidate".equals(artifact.role()))
                .map(Artifact::model).distinct().toList();
        return declared.size() == 1 && declared.get(0) != null ? new ModelIdentity(declared.get(0), version) : this;
    }

    /** Whether predictions a suite declares as {@code declaredModel}'s (null: none declared) are this model's. */
    boolean owns(String declaredModel) {
        return declaredModel == null || declaredModel.equals(name);
    }

    private static String text(ConfigurationParameters parameters, String key) {
        Optional<String> value = parameters.get(key).map(String::strip).filter(text -> !text.isEmpty());
        return value.orElse(null);
    }
}
