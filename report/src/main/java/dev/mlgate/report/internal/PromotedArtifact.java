package dev.mlgate.report.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlgate.report.internal.Model.Artifact;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Model.Suite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One file a decision rests on, listed once however many suites read it: its path, digest, role (what
 * it is for the model the run decides on), the model whose predictions it holds when that is another
 * model, and the suites that read it.
 */
public record PromotedArtifact(String path, String sha256, String role, String model, List<String> suites) {

    /** Roles in the order promotion.json lists them. */
    static final List<String> ROLES = List.of("candidate predictions", "production predictions", "evaluation data",
            "data", "reference data", "predictions");

    /**
     * The artifacts of {@code run}, each file (path and digest) once. A suite's predictions are the
     * candidate's unless the suite names another model than the run's ({@code @ModelQuality(model)}); then
     * they are that model's {@code predictions}, never the candidate's.
     */
    static List<PromotedArtifact> of(Run run) {
        ModelIdentity model = run.info().model();
        Map<String, PromotedArtifact> byFile = new LinkedHashMap<>();
        for (Suite suite : run.suites()) {
            for (Artifact artifact : suite.artifacts()) {
                boolean owned = model.owns(artifact.model());
                String role = role(artifact.role(), owned);
                String other = owned ? null : artifact.model();
                String key = artifact.path() + "\n" + artifact.sha256();
                PromotedArtifact known = byFile.get(key);
                String suiteName = Model.simpleName(suite.className());
                if (known == null) {
                    byFile.put(key, new PromotedArtifact(artifact.path(), artifact.sha256(), role, other,
                            List.of(suiteName)));
                } else {
                    byFile.put(key, known.alsoAs(role, suiteName));
                }
            }
        }
        List<PromotedArtifact> artifacts = new ArrayList<>(byFile.values());
        artifacts.sort(Comparator.comparingInt((PromotedArtifact artifact) -> rank(artifact.role()))
                .thenComparing(PromotedArtifact::path, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(artifacts);
    }

    private PromotedArtifact alsoAs(String otherRole, String suite) {
        List<String> readBy = new ArrayList<>(suites);
        if (!readBy.contains(suite)) {
            readBy.add(suite);
        }
        // one file in two roles (rare: the same file as data and reference) keeps both, the higher-ranked first
        String roles = role.equals(otherRole) || role.contains(otherRole) ? role
                : rank(role) <= rank(otherRole) ? role + " and " + otherRole : otherRole + " and " + role;
        return new PromotedArtifact(path, sha256, roles, model, List.copyOf(readBy));
    }

    /** The engine's role of a file in a suite, as a role for the model the run decides on. */
    static String role(String engineRole, boolean ownedByRunModel) {
        if (engineRole == null) {
            return "input";
        }
        return switch (engineRole) {
            case "candidate", "predictions" -> ownedByRunModel ? "candidate predictions" : "predictions";
            case "baseline" -> "production predictions";
            case "reference" -> "reference data";
            default -> engineRole;
        };
    }

    private static int rank(String role) {
        int index = ROLES.indexOf(role.contains(" and ") ? role.substring(0, role.indexOf(" and ")) : role);
        return index < 0 ? ROLES.size() : index;
    }

    ObjectNode json() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        Json.putText(node, "path", path);
        Json.putText(node, "sha256", sha256);
        node.put("role", role);
        Json.putText(node, "model", model);
        suites.forEach(node.putArray("suites")::add);
        return node;
    }
}
