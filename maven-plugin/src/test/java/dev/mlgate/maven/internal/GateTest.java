package dev.mlgate.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateTest {

    static final List<String> CHURN = List.of("com.acme.suites.ChurnContract");

    @TempDir
    Path temp;
    Fixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new Fixture(temp.resolve("mlgate"));
    }

    private static TestClasses found(List<String> suites) {
        return new TestClasses(true, suites, List.of(), true, true);
    }

    private static String onlyMessage(GateResult result) {
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0).message();
    }

    @Nested
    class When_this_build_wrote_no_promotion_json {

        @Test
        void suites_in_the_test_classes_are_named_with_Surefire_s_reason() {
            GateResult result = Gate.decide(fixture.input(found(CHURN), SurefireSetup.defaults("3.2.5"),
                    RequiredDecision.PROMOTE));

            assertThat(result.headline()).isEqualTo("NO REPORT");
            assertThat(onlyMessage(result))
                    .startsWith("No mlgate suite ran in this build: there is no " + fixture.dir.resolve("promotion.json")
                            + ", yet the test classes hold 1 mlgate suite: com.acme.suites.ChurnContract.")
                    .contains("com.acme.suites.ChurnContract matches none of Surefire's includes")
                    .contains("add <include>**/suites/*.java</include>");
        }

        @Test
        void a_surefire_without_version_is_named_as_the_cause_of_tests_run_0() {
            GateResult result = Gate.decide(fixture.input(found(List.of("com.acme.ChurnTest")),
                    SurefireSetup.defaults(SurefireSetup.MAVEN_38_DEFAULT), RequiredDecision.PROMOTE));

            assertThat(onlyMessage(result)).contains("maven-surefire-plugin 2.12.4 cannot run JUnit Platform engines"
                    + " at all (the first that can is 2.22.0; Maven 3.8 binds 2.12.4 when the POM sets no <version>),"
                    + " so its log says 'Tests run: 0' and the build stays green:"
                    + " set maven-surefire-plugin's <version> to 3.2.5 or later");
        }

        @Test
        void missing_mlgate_jars_and_an_excluded_engine_are_named() {
            TestClasses classes = new TestClasses(true, List.of("com.acme.ChurnTest"), List.of(), false, false);
            SurefireSetup surefire = SurefireSetup.of("3.2.5", List.of(), List.of(), List.of("mlgate"));

            String message = onlyMessage(Gate.decide(fixture.input(classes, surefire, RequiredDecision.PROMOTE)));

            assertThat(message).contains("<excludeJUnit5Engines> lists mlgate")
                    .contains("add the dependency dev.mlgate:mlgate-engine with <scope>test</scope>")
                    .contains("add the dependency dev.mlgate:mlgate-report with <scope>test</scope>");
        }

        @Test
        void with_no_visible_cause_it_lists_what_to_check() {
            String message = onlyMessage(Gate.decide(fixture.input(found(List.of("com.acme.ChurnTest")),
                    SurefireSetup.defaults("3.2.5"), RequiredDecision.PROMOTE)));

            assertThat(message).contains("Surefire (maven-surefire-plugin 3.2.5) includes every suite class")
                    .contains("mlgate.report.enabled").contains("<reportDirectory> (mlgate.report.dir)");
        }

        @Test
        void a_module_without_suites_is_told_there_is_nothing_to_gate() {
            GateResult result = Gate.decide(fixture.input(found(List.of()), SurefireSetup.defaults("3.2.5"),
                    RequiredDecision.PROMOTE));

            assertThat(result.headline()).isEqualTo("NO SUITES");
            assertThat(onlyMessage(result)).contains("this module's test classes hold no mlgate suite")
                    .contains("nothing to gate").contains("set warnOnly");
        }

        @Test
        void without_a_scan_it_still_fails_and_checks_Surefire() {
            String message = onlyMessage(Gate.decide(fixture.input(TestClasses.notScanned(),
                    SurefireSetup.defaults("2.12.4"), RequiredDecision.ANY)));

            assertThat(message).startsWith("No mlgate suite ran in this build: there is no "
                    + fixture.dir.resolve("promotion.json") + ".").contains("2.12.4 cannot run JUnit Platform engines");
        }
    }

    @Nested
    class When_the_promotion_is_not_this_build_s_finished_run {

        @Test
        void a_run_started_before_the_build_is_stale() {
            fixture.startedAt = Fixture.BUILD_START.minusSeconds(3600);
            fixture.write();

            GateResult result = fixture.decide(CHURN);

            assertThat(result.headline()).isEqualTo("STALE REPORT");
            assertThat(onlyMessage(result)).startsWith(fixture.dir.resolve("promotion.json") + " is from an earlier"
                    + " build: its run 3f1c9a2e-0000-4000-8000-000000000001 started at 2026-12-04T22:40:00Z, before"
                    + " this build started at 2026-12-04T23:40:00Z, so no mlgate run in this build wrote one.");
        }

        @Test
        void a_running_state_means_the_test_JVM_never_finished() {
            fixture.state = "RUNNING";
            fixture.decision = "PENDING";
            fixture.writeReport = false;
            fixture.write();

            GateResult result = fixture.decide(CHURN);

            assertThat(result.headline()).isEqualTo("UNFINISHED RUN");
            assertThat(onlyMessage(result)).startsWith("The mlgate run 3f1c9a2e-0000-4000-8000-000000000001 started at"
                    + " 2026-12-04T23:40:05.123Z and never finished").contains("still says RUNNING")
                    .contains("died, was killed, or ran out of memory");
        }

        @Test
        void a_run_killed_in_an_earlier_build_is_named_unfinished_not_merely_stale() {
            fixture.state = "RUNNING";
            fixture.decision = "PENDING";
            fixture.writeReport = false;
            fixture.startedAt = Fixture.BUILD_START.minusSeconds(60);
            fixture.write();

            GateResult result = fixture.decide(CHURN);

            assertThat(result.headline()).isEqualTo("UNFINISHED RUN");
            assertThat(onlyMessage(result)).startsWith("The mlgate run 3f1c9a2e-0000-4000-8000-000000000001 started at"
                    + " 2026-12-04T23:39:00Z (before this build began) and never finished");
        }

        @Test
        void a_report_json_from_another_run_is_inconsistent() {
            fixture.reportSha256 = "ab".repeat(32);
            fixture.write();

            GateResult result = fixture.decide(CHURN);

            assertThat(result.headline()).isEqualTo("INCONSISTENT REPORT");
            assertThat(onlyMessage(result)).startsWith("report.json and promotion.json come from different runs:")
                    .contains("expects report.json with SHA-256 " + "ab".repeat(32));
        }

        @Test
        void a_promotion_that_names_no_report_is_inconsistent() {
            fixture.noReportHash = true;
            fixture.write();

            GateResult result = fixture.decide(CHURN);

            assertThat(result.headline()).isEqualTo("INCONSISTENT REPORT");
            assertThat(onlyMessage(result)).contains("decides PROMOTE but names no report.json (reportSha256 is null)");
        }

        @Test
        void a_missing_report_json_is_inconsistent() throws Exception {
            fixture.write();
            Files.delete(fixture.dir.resolve("report.json"));

            assertThat(onlyMessage(fixture.decide(CHURN))).contains(fixture.dir.resolve("report.json")
                    + " does not exist");
        }

        @Test
        void a_promotion_without_a_start_time_is_stale() {
            fixture.startedAt = null;
            fixture.write();

            assertThat(onlyMessage(fixture.decide(CHURN))).contains("its run 3f1c9a2e-0000-4000-8000-000000000001 has no"
                    + " start time, before this build started");
        }

        @Test
        void a_broken_report_json_is_unreadable() throws Exception {
            fixture.write();
            Files.writeString(fixture.dir.resolve("report.json"), "{\"counts\": ");

            GateResult result = fixture.decide(CHURN);

            assertThat(result.headline()).isEqualTo("UNREADABLE REPORT");
            assertThat(onlyMessage(result)).startsWith(fixture.dir.resolve("report.json") + " cannot be read:")
                    .endsWith("; rerun the tests to write it anew.");
        }

        @Test
        void a_broken_promotion_json_is_unreadable() throws Exception {
            Files.createDirectories(fixture.dir);
            Files.writeString(fixture.dir.resolve("promotion.json"), "{\"schemaVersion\": 2, \"runId\": ");

            GateResult result = fixture.decide(CHURN);

            assertThat(result.headline()).isEqualTo("UNREADABLE REPORT");
            assertThat(onlyMessage(result)).startsWith(fixture.dir.resolve("promotion.json") + " cannot be read:");
        }

        @Test
        void a_promotion_json_of_another_schema_names_both_versions() throws Exception {
            Files.createDirectories(fixture.dir);
            Files.writeString(fixture.dir.resolve("promotion.json"), "{\"schemaVersion\": 1, \"decision\": \"PROMOTE\"}");

            assertThat(onlyMessage(fixture.decide(CHURN))).contains("it has schemaVersion 1, this plugin reads"
                    + " schemaVersion 2 or 3");
        }

        @Test
        void a_finished_run_with_an_unknown_decision_is_unreadable() {
            fixture.decision = "PENDING";
            fixture.write();

            assertThat(onlyMessage(fixture.decide(CHURN))).contains("has decision PENDING; a finished run decides"
                    + " PROMOTE or REJECT");
        }
    }

    @Nested
    class When_the_run_is_this_build_s {

        @Test
        void a_partial_run_never_passes_and_names_what_it_left_out() {
            fixture.partial = true;
            fixture.decision = "REJECT";
            IntStream.rangeClosed(1, 12).forEach(i -> fixture.missing.add("check" + i));
            fixture.write();

            GateResult result = Gate.decide(fixture.input(found(CHURN), SurefireSetup.defaults("3.2.5"),
                    RequiredDecision.ANY));

            assertThat(result.headline()).isEqualTo("PARTIAL RUN");
            assertThat(onlyMessage(result)).contains("was partial (filtered to a subset: -Dtest, tags, an IDE rerun),"
                    + " and a partial run never promotes: run the whole suite")
                    .endsWith("Not run: check1, check2, check3, check4, check5, check6, check7, check8, check9,"
                            + " check10 (and 2 more).");
        }

        @Test
        void a_run_made_partial_by_Surefire_s_filter_names_the_suites_and_the_exclude() {
            fixture.partial = true;
            fixture.decision = "REJECT";
            fixture.missing.add("com.acme.Holder$PeopleTest");
            fixture.write();

            GateResult result = fixture.decide(List.of("com.acme.suites.ChurnContract", "com.acme.Holder$PeopleTest"));

            assertThat(onlyMessage(result)).isEqualTo("The mlgate run 3f1c9a2e-0000-4000-8000-000000000001 was"
                    + " partial, and a partial run never promotes: Surefire's filter did not pass 1 mlgate suite to the"
                    + " engine: com.acme.Holder$PeopleTest.\n"
                    + "  - com.acme.Holder$PeopleTest is a nested class, and Surefire's exclude **/*$* skips nested"
                    + " classes: make it a top-level class.\n"
                    + "  Not run: com.acme.Holder$PeopleTest.");
        }

        @Test
        void suites_missing_from_the_report_are_named_with_the_include_to_add() {
            fixture.write();

            GateResult result = fixture.decide(List.of("com.acme.suites.ChurnContract", "com.acme.gates.QualityGate",
                    "com.acme.Suites$DriftTest"));

            assertThat(result.headline()).isEqualTo("SUITES NOT RUN");
            assertThat(onlyMessage(result))
                    .startsWith("2 mlgate suites in the test classes did not run in mlgate run"
                            + " 3f1c9a2e-0000-4000-8000-000000000001, so the report does not cover them:"
                            + " com.acme.gates.QualityGate, com.acme.Suites$DriftTest.")
                    .contains("com.acme.gates.QualityGate matches none of Surefire's includes")
                    .contains("<include>**/gates/*.java</include>")
                    .contains("com.acme.Suites$DriftTest is a nested class, and Surefire's exclude **/*$*");
        }

        @Test
        void a_suite_Surefire_includes_but_the_run_lacks_points_to_discovery() {
            fixture.write();

            String message = onlyMessage(fixture.decide(List.of("com.acme.suites.ChurnContract", "com.acme.DriftTest")));

            assertThat(message).contains("com.acme.DriftTest matches Surefire's includes, yet the run reported no suite"
                    + " for it: look in the test output for a discovery issue naming the class");
        }

        @Test
        void a_run_in_which_no_check_ran_names_every_suite_and_rejects() {
            fixture.decision = "REJECT";
            fixture.verdict = "skipped";
            fixture.reasons = List.of("No mlgate check ran in this run.");
            fixture.writeReport = false;
            fixture.noReportHash = true;
            fixture.write();

            GateResult result = fixture.decide(CHURN);

            assertThat(result.problems()).extracting(Problem::title).containsExactly("SUITES NOT RUN", "REJECT");
            assertThat(result.problems().get(0).message()).contains("com.acme.suites.ChurnContract matches none of"
                    + " Surefire's includes");
        }

        @Test
        void a_declaration_error_fails_even_when_any_decision_is_accepted() {
            fixture.decision = "REJECT";
            fixture.declarationError = "@Column(\"age\") names no column of data.csv";
            fixture.write();

            GateResult result = Gate.decide(fixture.input(found(CHURN), SurefireSetup.defaults("3.2.5"),
                    RequiredDecision.ANY));

            assertThat(result.headline()).isEqualTo("DISCOVERY ERROR");
            assertThat(onlyMessage(result)).isEqualTo("The mlgate run 3f1c9a2e-0000-4000-8000-000000000001 could not run"
                    + " 1 suite(s) as declared; fix the declarations and rerun:\n"
                    + "  - com.acme.suites.ChurnContract: @Column(\"age\") names no column of data.csv");
        }

        @Test
        void reject_fails_listing_ten_reasons_each_cut_to_300_characters() {
            fixture.decision = "REJECT";
            fixture.verdict = "failed";
            fixture.reasons = IntStream.rangeClosed(1, 11)
                    .mapToObj(i -> i == 1 ? "x".repeat(400) : "Blocking check " + i + " failed").toList();
            fixture.write();

            GateResult result = fixture.decide(CHURN);

            assertThat(result.headline()).isEqualTo("REJECT");
            assertThat(onlyMessage(result)).startsWith("mlgate decided REJECT for run 3f1c9a2e-0000-4000-8000-000000000001"
                    + " (verdict failed):\n  - " + "x".repeat(299) + "…\n  - Blocking check 2 failed")
                    .contains("  - Blocking check 10 failed\n  (and 1 more)\n")
                    .doesNotContain("Blocking check 11")
                    .contains("The report is " + fixture.dir.resolve("report.html"));
        }

        @Test
        void reject_passes_when_any_decision_is_accepted() {
            fixture.decision = "REJECT";
            fixture.write();

            GateResult result = Gate.decide(fixture.input(found(CHURN), SurefireSetup.defaults("3.2.5"),
                    RequiredDecision.ANY));

            assertThat(result.passed()).isTrue();
            assertThat(result.headline()).isEqualTo("REJECT");
        }

        @Test
        void promote_passes_with_the_report_it_vouches_for() {
            fixture.write();

            GateResult result = fixture.decide(CHURN);

            assertThat(result.passed()).isTrue();
            assertThat(result.headline()).isEqualTo("PROMOTE");
            assertThat(result.report().suiteClasses()).containsExactly("com.acme.suites.ChurnContract");
        }

        @Test
        void promote_passes_without_a_scan() {
            fixture.write();

            GateResult result = Gate.decide(fixture.input(TestClasses.notScanned(), SurefireSetup.defaults("3.2.5"),
                    RequiredDecision.PROMOTE));

            assertThat(result.passed()).isTrue();
        }
    }
}
