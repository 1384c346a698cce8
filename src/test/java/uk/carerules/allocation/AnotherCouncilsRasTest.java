package uk.carerules.allocation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.carerules.support.Api;
import uk.carerules.support.Cases;
import uk.carerules.support.RulesCopies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second council's RAS written by hand into a copy of rules/: other domains, other points, a banded
 * table. It must work with no change to Java.
 */
class AnotherCouncilsRasTest {

    @TempDir
    Path tmp;

    @Test
    void aDifferentQuestionnaireAndBandedTableNeedNoJava() throws IOException {
        Path rules = RulesCopies.copy(Path.of("rules"), tmp.resolve("rules"));
        Files.writeString(rules.resolve("allocation/common/questionnaire.drl"), """
            package allocation;
            import uk.carerules.allocation.Domain;
            import uk.carerules.allocation.AnswerOption;

            rule "Getting about"
                salience 1000
            when
            then
                insert(new Domain("MOBILITY", "Getting about", "How do you get about?", 1));
                insert(new AnswerOption("MOBILITY", "1", "On my own", 0));
                insert(new AnswerOption("MOBILITY", "2", "With a frame or a helper", 10));
                insert(new AnswerOption("MOBILITY", "3", "Not without two helpers", 25));
            end

            rule "Meals"
                salience 1000
            when
            then
                insert(new Domain("MEALS", "Meals", "Can you make your meals?", 2));
                insert(new AnswerOption("MEALS", "1", "Yes", 0));
                insert(new AnswerOption("MEALS", "2", "With help", 15));
            end
            """);
        Path rates = rules.resolve("allocation/2025-26/rates.drl");
        String text = Files.readString(rates).replace("new RasMethod(\"PRICE_PER_POINT\"", "new RasMethod(\"BANDED_TABLE\"");
        int start = text.indexOf("rule \"Rates 2025-26: banded table\"");
        int end = text.indexOf("end", start) + 3;
        text = text.substring(0, start) + """
            rule "Rates 2025-26: banded table"
                salience 1000
            when
            then
                insert(new PointsBand(0, 9, new BigDecimal("30.00")));
                insert(new PointsBand(10, 24, new BigDecimal("120.00")));
                insert(new PointsBand(25, 40, new BigDecimal("310.00")));
            end""" + text.substring(end);
        Files.writeString(rates, text);

        Map<String, Object> config = Map.of("rules.dir", rules.toString(), "micronaut.server.port", -1,
            "datasources.default.url", "jdbc:h2:mem:council-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, config, "test"); Api api = new Api(server.getURL())) {
            Map<String, Object> q = api.get("/api/questionnaire?date=2025-06-01").body();
            assertThat(AllocationHttpTest.domains(q)).extracting(d -> d.get("code")).containsExactly("MOBILITY", "MEALS");
            String e = api.post("/api/eligibility", Cases.careActEligible("K-1", "2025-05-01")).string("decisionId");

            Api.Answer middle = api.post("/api/allocations", Cases.allocation("K-1", "2025-06-01", e, Map.of("MOBILITY", "2", "MEALS", "2")));
            assertThat(middle.status()).as("%s", middle.body()).isEqualTo(201);
            assertThat(middle.body().get("totalPoints")).isEqualTo(25);
            assertThat(middle.body().get("method")).isEqualTo("BANDED_TABLE");
            assertThat(middle.body().get("weeklyIndicativeBudget").toString()).isEqualTo("310.00");
            assertThat(AllocationHttpTest.codesOf(middle.map("panel"))).containsExactly("ABOVE_SIGN_OFF_THRESHOLD");

            Api.Answer low = api.post("/api/allocations", Cases.allocation("K-1", "2025-06-01", e, Map.of("MOBILITY", "1", "MEALS", "1")));
            assertThat(low.body().get("weeklyIndicativeBudget").toString()).isEqualTo("30.00");

            Api.Answer missing = api.post("/api/allocations", Cases.allocation("K-1", "2025-06-01", e, Map.of("MOBILITY", "1")));
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.list("errors")).extracting(m -> m.get("field")).containsExactly("answers.MEALS");
            assertThat(api.post("/api/decisions/" + middle.string("decisionId") + "/replay", Map.of()).body().get("identical")).isEqualTo(true);
        }
    }
}
