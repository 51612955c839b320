package dev.mlgate.report.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlgate.lifecycle.BaselineStore;
import dev.mlgate.lifecycle.ManifestEntry;
import dev.mlgate.report.internal.Model.BaselineInForce;
import dev.mlgate.report.internal.Model.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * promotion.json's {@code retrain} section, the one list a scheduler reads: every signal to retrain the model
 * in production, each with its numbers (new labelled data, degraded performance, a trend or shift against
 * the run history, drift, the model's age); the triggers that could not be evaluated and why (a scheduler
 * must tell "no reason" from "unknown"); and the thresholds in force. The model in production is the
 * baseline in force that suites read through a manifest; what it was at approval (its metrics, its
 * training data's rows) is read from that manifest entry. {@code settings} is null when nothing was evaluated.
 */
public record Retraining(List<RetrainingSignal> signals, List<String> notEvaluated, RetrainSettings settings) {

    /** The section of a run in which nothing was evaluated, saying why. */
    public static Retraining notEvaluated(String why) {
        return new Retraining(List.of(), List.of(why), null);
    }

    /** Evaluates every trigger on {@code run} alone (no run history), reading manifests relative to {@code basedir}. */
    public static Retraining evaluate(Run run, RetrainSettings settings, Path basedir) {
        return evaluate(run, settings, basedir, List.of());
    }

    /**
     * Evaluates every trigger on {@code run}, reading baseline manifests relative to {@code basedir}, and adds
     * what the run history found ({@code degradations}).
     */
    public static Retraining evaluate(Run run, RetrainSettings settings, Path basedir,
            List<History.Degradation> degradations) {
        List<String> notEvaluated = new ArrayList<>();
        Map<BaselineInForce, ManifestEntry> inForce = new LinkedHashMap<>();
        for (BaselineInForce baseline : run.baselines()) {
            try {
                BaselineStore.at(basedir.resolve(baseline.manifest())).history().stream()
                        .filter(entry -> entry.id().equals(baseline.id())).findFirst()
                        .ifPresentOrElse(entry -> inForce.put(baseline, entry), () -> notEvaluated.add(
                                "manifest " + baseline.manifest() + " has no entry " + baseline.id() + " any more"));
            } catch (IOException | RuntimeException e) {
                notEvaluated.add("manifest " + baseline.manifest() + " could not be read: " + e.getMessage());
            }
        }
        RetrainChecks checks = new RetrainChecks(run, settings, inForce, notEvaluated);
        List<RetrainingSignal> signals = new ArrayList<>();
        signals.addAll(checks.newData());
        signals.addAll(checks.degraded());
        degradations.forEach(found -> signals.add(RetrainingSignal.of(found)));
        signals.addAll(checks.drift());
        signals.addAll(checks.age());
        return new Retraining(List.copyOf(signals), List.copyOf(notEvaluated), settings);
    }

    /** Whether any signal was given. */
    public boolean recommended() {
        return !signals.isEmpty();
    }

    /** The section as JSON. */
    public ObjectNode json() {
        ObjectNode section = Json.MAPPER.createObjectNode();
        section.put("recommended", recommended());
        var list = section.putArray("signals");
        signals.forEach(signal -> list.add(signal.json()));
        var unknown = section.putArray("notEvaluated");
        notEvaluated.forEach(unknown::add);
        if (settings != null) {
            ObjectNode thresholds = section.putObject("settings");
            thresholds.put("newDataMinGrowth", settings.newDataMinGrowth());
            if (settings.newDataMinRows().isPresent()) {
                thresholds.put("newDataMinRows", settings.newDataMinRows().getAsLong());
            } else {
                thresholds.putNull("newDataMinRows");
            }
            thresholds.put("degradationTolerance", settings.degradationTolerance());
            thresholds.put("maxModelAge", settings.maxModelAge().toString());
            thresholds.put("drift", settings.drift());
        }
        return section;
    }
}
