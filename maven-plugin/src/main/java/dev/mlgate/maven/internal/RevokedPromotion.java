package dev.mlgate.maven.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Replaces a promotion.json that says PROMOTE but that this build did not earn (an earlier build's, or one
 * beside another run's report) with a REJECT naming why. The build fails on it anyway, but with
 * {@code warnOnly} it would not, and a deployment step reading the file afterwards must never see a
 * PROMOTE the gate refused.
 */
public final class RevokedPromotion {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RevokedPromotion() {
    }

    /** Whether {@code result} refused the promotion.json of {@code in} while it still says PROMOTE. */
    public static boolean needed(GateInput in, GateResult result) {
        PromotionFile promotion = in.promotion().valueOrNull();
        return !result.passed() && promotion != null && "PROMOTE".equals(promotion.decision());
    }

    /** Writes the REJECT over the report directory's promotion.json, atomically, keeping the refused run's id. */
    public static void write(GateInput in, GateResult result) throws IOException {
        PromotionFile refused = in.promotion().valueOrNull();
        Path dir = in.reportDirectory();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", PromotionFile.SCHEMA_VERSION);
        root.put("runId", refused.runId());
        root.put("state", "FINISHED");
        root.put("startedAt", String.valueOf(refused.startedAt()));
        root.put("generatedAt", Instant.now().toString());
        root.put("decision", "REJECT");
        root.put("verdict", "errored");
        List<String> reasons = result.problems().stream()
                .map(problem -> "mlgate-maven-plugin refused this PROMOTE (" + problem.title() + "): "
                        + problem.message())
                .toList();
        ArrayNode reasonList = root.putArray("reasons");
        reasons.forEach(reason -> reasonList.addObject().put("kind", "refused").put("cause", reason));
        root.put("partial", true);
        root.putNull("filter");
        root.putNull("reportSha256");
        root.putArray("warnings");
        root.putArray("artifacts");
        ObjectNode retrain = root.putObject("retrain");
        retrain.put("recommended", false);
        retrain.putArray("signals");
        // the schema asks for notEvaluated, so that "no reason to retrain" is never claimed for a run not judged
        retrain.putArray("notEvaluated").add("mlgate-maven-plugin refused this promotion; no retraining trigger"
                + " was evaluated");
        Path target = dir.resolve(ReportFiles.PROMOTION);
        // created like any file, so its permissions follow the umask as the report's own files do
        Path temporary = dir.resolve(".promotion.json." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
                MAPPER.writeValue(out, root);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
