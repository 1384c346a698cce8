package uk.carerules.reliability;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.carerules.decisions.DecisionRepository;
import uk.carerules.support.Api;
import uk.carerules.support.Load;
import uk.carerules.support.LogCapture;
import uk.carerules.support.RulesCopies;
import uk.carerules.support.Stored;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule that throws, for one input only, while other caseworkers decide: that request gets one 500 problem with a
 * correlation id (and no stack trace), nothing of it is stored, every other request is decided and stored, and the
 * chain verifies. The log has the fault under the same id, and none of the person's answers.
 */
class RuleFaultTest {

    @TempDir
    Path tmp;

    static final String POISON_RULE = """
        package eligibility.careact;

        import uk.carerules.eligibility.OutcomeFinding;

        rule "Test fault: a consequence that throws for one input"
        when
            OutcomeFinding( outcome == "RECREATION", way == "ENDANGERS_HEALTH_OR_SAFETY" )
        then
            throw new IllegalStateException("a rule failed (test)");
        end
        """;

    static Map<String, Object> poisoned(String personRef) {
        return Map.of("personRef", personRef, "assessmentDate", "2024-05-10",
            "carer", Map.of("needsFromProvidingNecessaryCare", true, "healthAtRisk", false, "significantImpactOnWellbeing", true,
                "outcomes", Map.of("RECREATION", "ENDANGERS_HEALTH_OR_SAFETY")));
    }

    @Test
    void anExceptionInARuleIsOneProblemWithACorrelationIdAndNothingStoredWhileOthersCarryOn() throws Exception {
        Path rules = RulesCopies.copy(Path.of("rules"), tmp.resolve("rules"));
        Files.writeString(rules.resolve("eligibility/care-act-2015/test-fault.drl"), POISON_RULE);

        try (LogCapture log = new LogCapture();
             EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                 Map.of("micronaut.server.port", -1, "rules.dir", rules.toString()), "test");
             Api api = new Api(server.getURL())) {
            CompletableFuture<Load.Result> others = CompletableFuture.supplyAsync(() -> {
                try {
                    return new Load(List.of(server.getURI()), "tester", "tester").run(8, 60, Duration.ofMinutes(3), Load.mixedDecisions("F"));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            List<Api.Answer> faults = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                faults.add(api.post("/api/eligibility", poisoned("BOOM-" + i)));
            }
            Load.Result result = others.get();

            for (Api.Answer fault : faults) {
                assertThat(fault.status()).isEqualTo(500);
                assertThat(fault.contentType()).isEqualTo("application/problem+json");
                assertThat(fault.body()).containsEntry("status", 500).containsKeys("title", "detail", "correlationId");
                String id = fault.string("correlationId");
                assertThat(id).matches("[0-9a-f-]{36}");
                assertThat(fault.string("detail")).contains(id).doesNotContain("Exception", "at uk.", "at org.", "rule", "SQL");
                assertThat(fault.body().toString()).doesNotContain("RECREATION", "ENDANGERS", "a rule failed");
                assertThat(log.lines()).as("the fault is logged under its id").anyMatch(l -> l.startsWith("ERROR") && l.contains(id));
            }
            assertThat(faults.stream().map(f -> f.string("correlationId")).distinct()).hasSize(faults.size());

            assertThat(result.serverErrors()).as("other requests").isEmpty();
            assertThat(result.statuses()).containsOnlyKeys(201);
            List<String> stored = Stored.ids(server.getApplicationContext().getBean(DecisionRepository.class));
            assertThat(new HashSet<>(stored)).as("only the decisions answered 201").isEqualTo(new HashSet<>(result.created()));
            assertThat(stored).hasSize(result.created().size());
            assertThat(api.get("/api/decisions?personRef=BOOM-0").body().get("totalItems")).isEqualTo(0);
            assertThat(api.get("/api/audit/verify").body()).containsEntry("ok", true).containsEntry("checked", stored.size());

            // the service still decides the same person's other cases
            assertThat(api.post("/api/eligibility", uk.carerules.support.Cases.carerEligible("BOOM-0", "2024-05-10")).status()).isEqualTo(201);

            // the log: decision ids and person references, never answers, outcomes or reasons
            List<String> storedLines = log.lines().stream().filter(l -> l.contains("uk.carerules.decisions.DecisionLedger - Decision ")).toList();
            assertThat(storedLines).hasSize(stored.size() + 1);
            assertThat(storedLines).allMatch(l -> l.matches(
                "INFO uk\\.carerules\\.decisions\\.DecisionLedger - Decision [0-9a-f-]{36} stored: kind=[A-Z_]+ personRef=[A-Za-z0-9._/-]+ seq=\\d+"), "ids only");
            assertThat(String.join("\n", storedLines)).contains(result.created().get(0));
            String logged = log.text();
            assertThat(logged).as("answers in the log").doesNotContain("ELIGIBLE", "PANEL_REQUIRED", "INDICATIVE_BUDGET", "RECREATION", "ENDANGERS_HEALTH_OR_SAFETY", "UNABLE_WITHOUT_ASSISTANCE",
                "TAKES_SIGNIFICANTLY_LONGER", "needsFromProvidingNecessaryCare", "healthAtRisk");
        }
    }
}
