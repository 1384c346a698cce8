package uk.carerules.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.carerules.decisions.DecisionRepository;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the service must refuse: 400 for a malformed request or a value that is not allowed, 422
 * for a well-formed case that cannot be decided as asked. Every refusal is an RFC 9457 problem
 * (application/problem+json) naming the bad field, and nothing is stored.
 */
@MicronautTest(transactional = false)
class EligibilityBadInputHttpTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DecisionRepository decisions;

    /** An error about the body as a whole (not one field): named "" or "body". */
    private static final List<String> WHOLE_BODY = List.of("(the whole body)");

    static Stream<Arguments> malformedOrNotAllowed() {
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        return Stream.of(
            // missing fields
            bad("missing personRef", facs(r -> r.remove("personRef")), List.of("personRef"), "must not be blank"),
            bad("missing assessmentDate", facs(r -> r.remove("assessmentDate")), List.of("assessmentDate"), "must not be null"),
            bad("missing facs.choiceAndControl", facs(r -> Api.part(r, "facs").remove("choiceAndControl")), List.of("facs.choiceAndControl"), "must not be null"),
            bad("missing careAct.significantImpactOnWellbeing", careAct(r -> Api.part(r, "careAct").remove("significantImpactOnWellbeing")),
                List.of("careAct.significantImpactOnWellbeing"), "must not be null"),
            bad("missing carer.healthAtRisk", carer(r -> Api.part(r, "carer").remove("healthAtRisk")), List.of("carer.healthAtRisk"), "must not be null"),
            // unknown fields
            bad("unknown top-level field", facs(r -> r.put("name", "Mrs Smith")), List.of("name"), "unknown field; allowed: personRef"),
            bad("a user named in the body", facs(r -> r.put("principal", Map.of("name", "panel"))), List.of("principal"), "unknown field; allowed: personRef"),
            bad("unknown field in facs", facs(r -> Api.part(r, "facs").put("riskScore", 12)), List.of("facs.riskScore"), "unknown field; allowed: lifeThreatened"),
            // unknown enum values: the message lists the allowed ones
            bad("unknown choiceAndControl", facs(r -> Api.part(r, "facs").put("choiceAndControl", "SOMETIMES")),
                List.of("facs.choiceAndControl"), "'SOMETIMES' is not allowed; allowed: FULL, PARTIAL, LITTLE_OR_NONE"),
            bad("unknown extent", facs(r -> Api.part(r, "facs").put("workEducationLearning", "MANY")),
                List.of("facs.workEducationLearning"), "allowed: NONE, ONE_OR_TWO, SEVERAL, MAJORITY, VITAL"),
            bad("unknown adult outcome", careAct(r -> Api.part(Api.part(r, "careAct"), "outcomes").put("SLEEP", "UNABLE_WITHOUT_ASSISTANCE")),
                List.of("careAct.outcomes.SLEEP"), "allowed: NUTRITION, PERSONAL_HYGIENE, TOILET_NEEDS"),
            bad("unknown way", careAct(r -> Api.part(Api.part(r, "careAct"), "outcomes").put("NUTRITION", "SOMETIMES")),
                List.of("careAct.outcomes.NUTRITION"), "allowed: ACHIEVED, UNABLE_WITHOUT_ASSISTANCE, SIGNIFICANT_PAIN_DISTRESS_ANXIETY, ENDANGERS_HEALTH_OR_SAFETY, TAKES_SIGNIFICANTLY_LONGER"),
            bad("carer TAKES_SIGNIFICANTLY_LONGER", carer(r -> Api.part(Api.part(r, "carer"), "outcomes").put("RECREATION", "TAKES_SIGNIFICANTLY_LONGER")),
                List.of("carer.outcomes.RECREATION"), "'TAKES_SIGNIFICANTLY_LONGER' is not allowed; allowed: ACHIEVED, UNABLE_WITHOUT_ASSISTANCE, SIGNIFICANT_PAIN_DISTRESS_ANXIETY, ENDANGERS_HEALTH_OR_SAFETY"),
            bad("adult outcome for a carer", carer(r -> Api.part(Api.part(r, "carer"), "outcomes").put("PERSONAL_HYGIENE", "UNABLE_WITHOUT_ASSISTANCE")),
                List.of("carer.outcomes.PERSONAL_HYGIENE"), "allowed: CARING_FOR_CHILD, CARING_FOR_OTHERS"),
            // wrong types
            bad("boolean as a string", facs(r -> Api.part(r, "facs").put("lifeThreatened", "yes")), List.of("facs.lifeThreatened"), "must be true or false"),
            bad("date as a number", facs(r -> r.put("assessmentDate", 20120301)), List.of("assessmentDate"), "must be a date YYYY-MM-DD"),
            bad("facs as a string", facs(r -> r.put("facs", "critical")), List.of("facs"), "must be an object"),
            bad("outcomes as a list", careAct(r -> Api.part(r, "careAct").put("outcomes", List.of("NUTRITION"))), List.of("careAct.outcomes"), "must be an object"),
            bad("enum as a number", facs(r -> Api.part(r, "facs").put("abuseOrNeglect", 2)), List.of("facs.abuseOrNeglect"), "must be one of NONE, ABUSE_OR_NEGLECT, SERIOUS"),
            bad("null way", careAct(r -> Api.part(Api.part(r, "careAct"), "outcomes").put("NUTRITION", null)), List.of("careAct.outcomes.NUTRITION"), "must not be null"),
            bad("personRef holding a name", facs(r -> r.put("personRef", "Mrs Jane Smith")), List.of("personRef"), "no names"),
            // malformed bodies
            raw("malformed JSON", "{\"personRef\": \"P-1\", \"assessmentDate\": \"2012-03-01\",", WHOLE_BODY, "malformed JSON"),
            raw("trailing text after the object", Api.json(Api.facs("2012-03-01")) + " {}", WHOLE_BODY, "malformed JSON"),
            raw("duplicate field", "{\"personRef\": \"P-1\", \"personRef\": \"P-2\"}", WHOLE_BODY, "Duplicate field"),
            raw("empty body", "", WHOLE_BODY, "a JSON object is required"),
            raw("a list instead of an object", "[]", WHOLE_BODY, "must be an object"),
            raw("JSON null instead of an object", "null", WHOLE_BODY, "must be an object, not null"),
            // not exactly one assessment
            bad("both facs and careAct", facs(r -> r.put("careAct", Api.careAct("2012-03-01").get("careAct"))), List.of("facs", "careAct"), "only one assessment may be sent"),
            bad("neither facs nor careAct nor carer", facs(r -> r.remove("facs")), List.of("facs|careAct|carer"), "exactly one of facs, careAct, carer"),
            // dates that cannot be assessment dates
            bad("impossible date 2015-02-30", facs(r -> r.put("assessmentDate", "2015-02-30")), List.of("assessmentDate"), "'2015-02-30' is not a date"),
            bad("date not in YYYY-MM-DD", facs(r -> r.put("assessmentDate", "01/03/2012")), List.of("assessmentDate"), "is not a date YYYY-MM-DD"),
            bad("future date", careAct(r -> r.put("assessmentDate", tomorrow)), List.of("assessmentDate"), "is in the future"),
            bad("date before community care law", facs(r -> r.put("assessmentDate", "1980-01-01")), List.of("assessmentDate"), "not a plausible assessment date"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedOrNotAllowed")
    void refusedWith400NamingTheFieldAndNothingStored(String name, String body, List<String> fields, String message) {
        long before = decisions.count();

        Api.Reply reply = Api.post(client, "/api/eligibility", body);

        assertProblem(reply, 400, fields, message);
        assertThat(decisions.count()).as("decisions stored").isEqualTo(before);
    }

    static Stream<Arguments> wellFormedButUndecidable() {
        return Stream.of(
            bad("FACS on 2015-04-01 (the Care Act is in force)", facs(r -> r.put("assessmentDate", "2015-04-01")), List.of("facs"),
                "so it needs 'careAct' (the Care Act 2014 (adults, SI 2015/313 reg 2)) or 'carer' (the Care Act 2014 (carers, SI 2015/313 reg 3)), not 'facs'"),
            bad("FACS in 2020", facs(r -> r.put("assessmentDate", "2020-01-15")), List.of("facs"), "needs 'careAct'"),
            bad("Care Act on 2015-03-31 (FACS is in force)", careAct(r -> r.put("assessmentDate", "2015-03-31")), List.of("careAct"),
                "so it needs 'facs' (FACS 2010), not 'careAct'"),
            bad("carer on 2015-03-31 (FACS is in force)", carer(r -> r.put("assessmentDate", "2015-03-31")), List.of("carer"), "needs 'facs'"),
            bad("FACS before FACS came into force", facs(r -> r.put("assessmentDate", "2003-04-06")), List.of("assessmentDate"),
                "No eligibility rules are in force on 2003-04-06"),
            bad("correction of a decision that does not exist", facs(r -> r.put("supersedes", "00000000-0000-0000-0000-000000000000")),
                List.of("supersedes"), "There is no decision"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormedButUndecidable")
    void refusedWith422NamingTheFieldAndNothingStored(String name, String body, List<String> fields, String message) {
        long before = decisions.count();

        Api.Reply reply = Api.post(client, "/api/eligibility", body);

        assertProblem(reply, 422, fields, message);
        assertThat(decisions.count()).as("decisions stored").isEqualTo(before);
    }

    @Test
    void theSameAssessmentIsDecidedOnTheRightSideOfTheBoundary() {
        Api.Reply facs = Api.post(client, "/api/eligibility", Api.json(Api.facs("2015-03-31")));
        Api.Reply careAct = Api.post(client, "/api/eligibility", Api.json(Api.careAct("2015-04-01")));
        Api.Reply carer = Api.post(client, "/api/eligibility", Api.json(Api.carer("2015-04-01")));

        assertThat(facs.status()).as(facs.text()).isEqualTo(201);
        assertThat(facs.body().path("regime").asText()).isEqualTo("FACS_2010");
        assertThat(careAct.status()).as(careAct.text()).isEqualTo(201);
        assertThat(careAct.body().path("regime").asText()).isEqualTo("CARE_ACT_2014");
        assertThat(carer.status()).as(carer.text()).isEqualTo(201);
        assertThat(carer.body().path("regime").asText()).isEqualTo("CARE_ACT_2014_CARER");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAsAProblem() {
        long before = decisions.count();

        Api.Reply reply = Api.post(client, "/api/eligibility", "personRef=P-1", MediaType.TEXT_PLAIN_TYPE);

        assertThat(reply.status()).as(reply.text()).isEqualTo(415);
        assertThat(reply.isProblem()).as(reply.contentType()).isTrue();
        assertThat(reply.body().path("status").asInt()).isEqualTo(415);
        assertThat(decisions.count()).isEqualTo(before);
    }

    private static void assertProblem(Api.Reply reply, int status, List<String> fields, String message) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.isProblem()).as("content type %s", reply.contentType()).isTrue();
        JsonNode problem = reply.body();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        List<String> named = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        problem.path("errors").forEach(e -> {
            named.add(e.path("field").asText());
            messages.add(e.path("message").asText());
        });
        if (fields == WHOLE_BODY) {
            assertThat(named).as("errors[].field in %s", reply.text()).isNotEmpty().allMatch(f -> f.isEmpty() || f.equals("body"));
        } else {
            assertThat(named).as("errors[].field in %s", reply.text()).containsAll(fields);
        }
        assertThat(String.join("\n", messages)).as("errors[].message in %s", reply.text()).contains(message);
    }

    private static Arguments bad(String name, Supplier<Map<String, Object>> request, List<String> fields, String message) {
        return Arguments.of(name, Api.json(request.get()), fields, message);
    }

    private static Arguments raw(String name, String body, List<String> fields, String message) {
        return Arguments.of(name, body, fields, message);
    }

    private static Supplier<Map<String, Object>> facs(Consumer<Map<String, Object>> change) {
        return changed(Api.facs("2012-03-01"), change);
    }

    private static Supplier<Map<String, Object>> careAct(Consumer<Map<String, Object>> change) {
        return changed(Api.careAct("2024-05-10"), change);
    }

    private static Supplier<Map<String, Object>> carer(Consumer<Map<String, Object>> change) {
        return changed(Api.carer("2024-05-10"), change);
    }

    private static Supplier<Map<String, Object>> changed(Map<String, Object> request, Consumer<Map<String, Object>> change) {
        return () -> {
            change.accept(request);
            return request;
        };
    }
}
