package uk.carerules.audit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.carerules.support.Api;
import uk.carerules.support.Cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor's case: decisions made, then the rules edited and a rate folder deleted, the service
 * restarted on the same database. Old decisions still replay to the old answers; new ones follow the new rules.
 */
class ReplayAfterRulesChangeTest {

    @TempDir
    Path tmp;

    @Test
    void oldDecisionsReplayUnderTheirOwnRulesAfterTheFilesChangeOrGo() throws IOException {
        Path rules = tmp.resolve("rules");
        copy(Path.of("rules"), rules);
        Map<String, Object> config = Map.of("rules.dir", rules.toString(),
            "datasources.default.url", "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE",
            "micronaut.server.port", -1);

        String moderate;
        String allocation;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, config, "test"); Api api = new Api(server.getURL())) {
            Api.Answer facs = api.post("/api/eligibility", Cases.facs("X-1", "2012-03-01", "SEVERAL"));
            assertThat(facs.body().get("eligible")).isEqualTo(false);
            moderate = facs.string("decisionId");
            String e = api.post("/api/eligibility", Cases.careActEligible("X-2", "2024-05-10")).string("decisionId");
            Api.Answer a = api.post("/api/allocations", Cases.allocation("X-2", "2024-06-01", e, Cases.answers("B", "A")));
            assertThat(a.body().get("weeklyIndicativeBudget").toString()).isEqualTo("116.00");
            allocation = a.string("decisionId");
        }

        Path threshold = rules.resolve("eligibility/facs-2010/threshold.drl");
        Files.writeString(threshold, Files.readString(threshold).replace("FacsBand.SUBSTANTIAL", "FacsBand.MODERATE"));
        delete(rules.resolve("allocation/2024-25"));

        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, config, "test"); Api api = new Api(server.getURL())) {
            assertThat(api.get("/api/audit/verify").body().get("ok")).isEqualTo(true);
            for (String id : List.of(moderate, allocation)) {
                Api.Answer replay = api.post("/api/decisions/" + id + "/replay", Map.of());
                assertThat(replay.body().get("identical")).as("%s", replay.body()).isEqualTo(true);
            }
            assertThat(api.post("/api/eligibility", Cases.facs("X-1", "2012-03-01", "SEVERAL")).body().get("eligible"))
                .as("a new decision follows the edited threshold").isEqualTo(true);
            assertThat(api.get("/api/questionnaire?date=2024-06-01").status()).as("the 2024-25 rates are gone from rules/").isEqualTo(422);
            Api.Answer plan = api.post("/api/allocations/" + allocation + "/support-plan", Map.of("route", "DIRECT_PAYMENT",
                "lines", List.of(Map.of("service", "Home care", "unit", "hours", "quantityPerWeek", 5, "unitCost", 23.00))));
            assertThat(plan.status()).as("a plan is checked by the rules that set the budget: %s", plan.body()).isEqualTo(201);
            assertThat(plan.body().get("withinTolerance")).isEqualTo(true);
            assertThat(api.get("/api/rulesets").list("items")).anySatisfy(v -> {
                assertThat(v.get("name")).isEqualTo("allocation/2024-25");
                assertThat(v.get("live")).isEqualTo(false);
            });
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
