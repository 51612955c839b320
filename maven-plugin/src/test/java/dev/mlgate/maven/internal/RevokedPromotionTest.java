package dev.mlgate.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PROMOTE the gate refused does not survive it, so even with warnOnly no deployment step can read it. */
class RevokedPromotionTest {

    @TempDir
    Path temp;

    @Test
    void a_stale_promote_is_replaced_by_a_reject_naming_why() throws Exception {
        Fixture fixture = new Fixture(temp.resolve("mlgate"));
        fixture.startedAt = Fixture.BUILD_START.minusSeconds(3600);
        fixture.write();
        GateInput input = fixture.input(new TestClasses(true, List.of("com.acme.suites.ChurnContract"), List.of(), true, true),
                SurefireSetup.defaults("3.2.5"), RequiredDecision.PROMOTE);
        GateResult result = Gate.decide(input);

        assertThat(RevokedPromotion.needed(input, result)).isTrue();
        RevokedPromotion.write(input, result);

        JsonNode promotion = new ObjectMapper().readTree(fixture.dir.resolve("promotion.json").toFile());
        assertThat(promotion.path("decision").asText()).isEqualTo("REJECT");
        assertThat(promotion.path("state").asText()).isEqualTo("FINISHED");
        assertThat(promotion.path("runId").asText()).isEqualTo(fixture.runId);
        assertThat(promotion.path("schemaVersion").asInt()).isEqualTo(3);
        assertThat(promotion.path("reasons").get(0).path("kind").asText()).isEqualTo("refused");
        assertThat(promotion.path("reasons").get(0).path("cause").asText())
                .startsWith("mlgate-maven-plugin refused this PROMOTE (STALE REPORT): ");
        assertThat(ReportFiles.promotion(fixture.dir).valueOrNull().reasons()).singleElement().asString()
                .startsWith("mlgate-maven-plugin refused this PROMOTE (STALE REPORT): ");
        assertThat(fixture.dir.toFile().list()).containsExactlyInAnyOrder("promotion.json", "report.json");
    }

    @Test
    void an_earned_promote_is_left_alone() {
        Fixture fixture = new Fixture(temp.resolve("mlgate")).write();

        GateInput input = fixture.input(new TestClasses(true, List.of("com.acme.suites.ChurnContract"), List.of(), true, true),
                SurefireSetup.defaults("3.2.5"), RequiredDecision.PROMOTE);

        assertThat(RevokedPromotion.needed(input, Gate.decide(input))).isFalse();
    }
}
