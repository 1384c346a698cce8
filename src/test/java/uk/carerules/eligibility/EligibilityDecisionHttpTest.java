package uk.carerules.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.carerules.decisions.DecisionRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eligibility decisions over HTTP, against the real service: live rules, a real (in-memory H2)
 * database, no mocks. Each decision is checked as API.md describes it, and read back from the store.
 */
@MicronautTest(transactional = false)
class EligibilityDecisionHttpTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DecisionRepository decisions;

    @Test
    void facsDecisionGivesTheBandTheThresholdAndTheReasons() {
        long before = decisions.count();
        Api.Reply reply = Api.post(client, "/api/eligibility", Api.json(Api.facs("2012-03-01")));

        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        JsonNode d = reply.body();
        assertThat(d.path("decisionId").asText()).isNotBlank();
        assertThat(d.path("kind").asText()).isEqualTo("ELIGIBILITY");
        assertThat(d.path("regime").asText()).isEqualTo("FACS_2010");
        assertThat(d.path("band").asText()).isEqualTo("SUBSTANTIAL");
        assertThat(d.path("threshold").asText()).isEqualTo("SUBSTANTIAL");
        assertThat(d.path("eligible").asBoolean()).isTrue();
        assertThat(texts(d.path("outcomesNotAchieved"))).isEmpty();
        assertThat(d.path("rulesetVersion").asText()).startsWith("sha256:");
        assertThat(d.path("decidedAt").asText()).isNotBlank();
        assertReasonsComplete(d);
        assertThat(texts(d.path("reasons"), "rule")).contains(
            "The majority of personal care or domestic routines cannot be carried out: Substantial",
            "The band is the highest band met by any one need",
            "Band at or above the council's threshold: eligible");
        // the Moderate need was found, but does not decide the band and is not named
        assertThat(texts(d.path("rulesFired"))).contains("Several social support systems and relationships cannot be sustained: Moderate");
        assertThat(texts(d.path("reasons"), "rule")).doesNotContain("Several social support systems and relationships cannot be sustained: Moderate");
        assertThat(decisions.count()).isEqualTo(before + 1);
    }

    @Test
    void facsNeedsBelowTheThresholdAreNotEligibleWithInformationAndAdvice() {
        Map<String, Object> request = Api.facs("2014-06-30");
        Api.part(request, "facs").put("personalCareAndDomesticRoutines", "ONE_OR_TWO");

        Api.Reply reply = Api.post(client, "/api/eligibility", Api.json(request));

        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(reply.body().path("band").asText()).isEqualTo("MODERATE");
        assertThat(reply.body().path("eligible").asBoolean()).isFalse();
        assertThat(texts(reply.body().path("reasons"), "text")).anyMatch(t -> t.contains("information and advice"));
        assertReasonsComplete(reply.body());
    }

    @Test
    void careActDecisionListsTheOutcomesNotAchievedInTheRegulationsOrder() {
        Api.Reply reply = Api.post(client, "/api/eligibility", Api.json(Api.careAct("2024-05-10")));

        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        JsonNode d = reply.body();
        assertThat(d.path("regime").asText()).isEqualTo("CARE_ACT_2014");
        assertThat(d.path("band").isNull()).isTrue();
        assertThat(d.path("threshold").isNull()).isTrue();
        assertThat(d.path("eligible").asBoolean()).isTrue();
        assertThat(texts(d.path("outcomesNotAchieved"))).containsExactly("NUTRITION", "PERSONAL_HYGIENE");
        assertThat(texts(d.path("reasons"), "source")).contains("SI 2015/313 reg 2(1)(b)", "SI 2015/313 reg 2(2)(b); reg 2(3)(d)");
        assertReasonsComplete(d);
    }

    @Test
    void careActAdultWithOneOutcomeIsNotEligible() {
        Map<String, Object> request = Api.careAct("2024-05-10");
        Api.part(Api.part(request, "careAct"), "outcomes").remove("NUTRITION");

        Api.Reply reply = Api.post(client, "/api/eligibility", Api.json(request));

        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(reply.body().path("eligible").asBoolean()).isFalse();
        assertThat(texts(reply.body().path("outcomesNotAchieved"))).containsExactly("PERSONAL_HYGIENE");
        assertThat(texts(reply.body().path("reasons"), "rule")).contains("Adult condition 2 not met: fewer than two outcomes not achieved");
    }

    @Test
    void carerDecisionNeedsOnlyOneOutcome() {
        Api.Reply reply = Api.post(client, "/api/eligibility", Api.json(Api.carer("2024-05-10")));

        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        JsonNode d = reply.body();
        assertThat(d.path("regime").asText()).isEqualTo("CARE_ACT_2014_CARER");
        assertThat(d.path("band").isNull()).isTrue();
        assertThat(d.path("eligible").asBoolean()).isTrue();
        assertThat(texts(d.path("outcomesNotAchieved"))).containsExactly("RECREATION");
        assertThat(texts(d.path("reasons"), "source")).contains("SI 2015/313 reg 3(2)(b)(viii); reg 3(3)(b)", "SI 2015/313 reg 3(1)");
        assertReasonsComplete(d);
    }

    @Test
    void carerWithHealthAtRiskIsEligibleWithEveryOutcomeAchieved() {
        Map<String, Object> request = Api.carer("2024-05-10");
        Api.part(request, "carer").put("healthAtRisk", true);
        Api.part(request, "carer").remove("outcomes");

        Api.Reply reply = Api.post(client, "/api/eligibility", Api.json(request));

        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(reply.body().path("eligible").asBoolean()).isTrue();
        assertThat(texts(reply.body().path("outcomesNotAchieved"))).isEmpty();
        assertThat(texts(reply.body().path("reasons"), "source")).contains("SI 2015/313 reg 3(2)(a)");
    }

    @Test
    void storedDecisionReadsBackAsDecided() {
        for (Map<String, Object> request : List.of(Api.facs("2012-03-01"), Api.careAct("2024-05-10"), Api.carer("2024-05-10"))) {
            Api.Reply made = Api.post(client, "/api/eligibility", Api.json(request));
            assertThat(made.status()).as(made.text()).isEqualTo(201);
            String id = made.body().path("decisionId").asText();

            Api.Reply read = Api.get(client, "/api/decisions/" + id);

            assertThat(read.status()).as(read.text()).isEqualTo(200);
            JsonNode stored = read.body();
            JsonNode d = made.body();
            assertThat(stored.path("decisionId").asText()).isEqualTo(id);
            assertThat(stored.path("kind").asText()).isEqualTo("ELIGIBILITY");
            assertThat(stored.path("regime").asText()).isEqualTo(d.path("regime").asText());
            assertThat(stored.path("personRef").asText()).isEqualTo(request.get("personRef"));
            assertThat(stored.path("assessmentDate").asText()).isEqualTo(request.get("assessmentDate"));
            assertThat(stored.path("outcome").asText()).isEqualTo(d.path("eligible").asBoolean() ? "ELIGIBLE" : "NOT_ELIGIBLE");
            assertThat(stored.path("rulesetVersion").asText()).isEqualTo(d.path("rulesetVersion").asText());
            assertThat(stored.path("decidedAt").asText()).isNotBlank();
            assertThat(stored.path("decidedBy").asText()).isNotBlank();
            assertThat(stored.path("output").path("eligible")).isEqualTo(d.path("eligible"));
            assertThat(stored.path("output").path("band")).isEqualTo(d.path("band"));
            assertThat(stored.path("output").path("threshold")).isEqualTo(d.path("threshold"));
            assertThat(stored.path("output").path("outcomesNotAchieved")).isEqualTo(d.path("outcomesNotAchieved"));
            assertThat(stored.path("reasons")).isEqualTo(d.path("reasons"));
            assertThat(stored.path("rulesFired")).isEqualTo(d.path("rulesFired"));
            JsonNode sent = Api.JSON.valueToTree(request);
            sent.fieldNames().forEachRemaining(field ->
                assertThat(stored.path("input").path(field)).as("stored input %s", field).isEqualTo(sent.path(field)));
        }
    }

    @Test
    void unknownDecisionIs404AsAProblem() {
        Api.Reply reply = Api.get(client, "/api/decisions/00000000-0000-0000-0000-000000000000");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).as(reply.contentType()).isTrue();
        assertThat(reply.body().path("status").asInt()).isEqualTo(404);
        assertThat(reply.body().path("title").asText()).isNotBlank();
        assertThat(reply.body().path("detail").asText()).contains("00000000-0000-0000-0000-000000000000");
    }

    static void assertReasonsComplete(JsonNode decision) {
        assertThat(decision.path("reasons").size()).isPositive();
        for (JsonNode reason : decision.path("reasons")) {
            for (String part : List.of("rule", "text", "source")) {
                assertThat(reason.path(part).asText("")).as("%s of %s", part, reason).isNotBlank();
            }
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.path(field).asText()));
        return list;
    }
}
