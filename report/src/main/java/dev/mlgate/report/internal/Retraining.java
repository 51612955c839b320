package dev.mlgate.report.internal;

import com.fasterxml.jackson.databind.JsonNode;
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
 * promotion.json's {@code retraining} section: the triggers that fired, each with its numbers; the triggers
 * that could not be evaluated and why (a scheduler must tell "no reason" from "unknown"); and the thresholds
 * in force. The model in production is the baseline in force that suites read through a manifest; what it
 * was at approval (its metrics, its training data's rows) is read from that manifest entry.
 */
public record Retraining(List<RetrainTrigger> triggers, List<String> notEvaluated, RetrainSettings settings) {

    /** Evaluates every trigger on {@code run}, reading baseline manifests relative to {@code basedir}. */
    public static Retraining evaluate(Run run, RetrainSettings settings, Path basedir) {
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
        List<RetrainTrigger> triggers = new ArrayList<>();
        triggers.addAll(checks.newData());
        triggers.addAll(checks.degraded());
        triggers.addAll(checks.drift());
        triggers.addAll(checks.age());
        return new Retraining(List.copyOf(triggers), List.copyOf(notEvaluated), settings);
    }

    /** Whether any trigger fired. */
    public boolean recommended() {
        return !triggers.isEmpty();
    }

    /** The section as JSON. */
    public ObjectNode json() {
        ObjectNode section = Json.MAPPER.createObjectNode();
        section.put("recommended", recommended());
        var list = section.putArray("triggers");
        for (RetrainTrigger trigger : triggers) {
            ObjectNode item = list.addObject();
            item.put("kind", trigger.kind());
            item.put("reason", trigger.reason());
            item.set("numbers", Json.MAPPER.valueToTree(trigger.numbers()));
        }
        var unknown = section.putArray("notEvaluated");
        notEvaluated.forEach(unknown::add);
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
        return section;
    }

    /** {@code promotionJson} with this section added as {@code retraining}, after every field it has. */
    public byte[] addTo(byte[] promotionJson) throws IOException {
        JsonNode root = Json.MAPPER.readTree(promotionJson);
        ((ObjectNode) root).set("retraining", json());
        return Json.pretty(root);
    }
}
