package uk.carerules.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-picked hostile requests to every endpoint that takes a body, each with the status it must get: malformed JSON,
 * bodies that are not objects, wrong types, unknown fields and values, nulls, empty strings, absurd dates, negative and
 * huge numbers, deep nesting, long strings, bodies over the limit and wrong content types. Every answer is a 4xx
 * problem+json without internals, nothing is stored, and the service stays up.
 */
class HostileInputTest {

    static HostileService service;

    @BeforeAll
    static void start() {
        service = new HostileService();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @AfterEach
    void nothingStoredAndStillUp() {
        assertThat(service.stored()).as("decisions stored").isEqualTo(service.storedBefore);
        assertThat(service.get("/health").statusCode()).isEqualTo(200);
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Endpoint e : Endpoint.values()) {
            // not JSON, or not an object
            for (String body : List.of("", " ", "null", "true", "42", "\"text\"", "[]", "[{}]", "{", "}", "{\"a\":}", "{,}", "nul",
                "{\"personRef\":\"P-1\",}", "{'personRef':'P-1'}", "{\"a\":NaN}", "{\"a\":01}", "{}{}", "{} x", "/**/{}",
                "\uFEFF{}", "{\"a\":\"\\u00\"}", "{\"a\":1,\"a\":2}")) {
                all.add(Arguments.of(e, "body " + body, body, "application/json", 400));
            }
            all.add(Arguments.of(e, "empty object", "{}", "application/json", 400));
            all.add(Arguments.of(e, "nested 10,000 deep", "[".repeat(10_000) + "]".repeat(10_000), "application/json", 400));
            all.add(Arguments.of(e, "object nested 100 deep", "{\"a\":".repeat(100) + "1" + "}".repeat(100), "application/json", 400));
            all.add(Arguments.of(e, "a string of 900,000 characters", "{\"personRef\":\"" + "x".repeat(900_000) + "\"}", "application/json", 400));
            all.add(Arguments.of(e, "a string of 1 MB", "{\"personRef\":\"" + "x".repeat(1024 * 1024) + "\"}", "application/json", 413));
            all.add(Arguments.of(e, "a number of 1,000 digits", "{\"x\":" + "9".repeat(1000) + "}", "application/json", 400));
            all.add(Arguments.of(e, "an exponent past int", "{\"x\":1e2147483648}", "application/json", 400));
            all.add(Arguments.of(e, "invalid UTF-8", "{\"personRef\":\"\u00ff\u00fe\"}", "application/json; charset=ISO-8859-1", 400));
            String good = Bodies.base(e, 0, "00000000-0000-0000-0000-000000000000").toString();
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
                all.add(Arguments.of(e, "a good body as " + type, good, type, 415));
            }
        }
        return all.stream();
    }

    static Stream<Arguments> allocationIds() {
        return Stream.of("nope", "00000000-0000-0000-0000-000000000000", "%27%20OR%20%271%27%3D%271", "..%2F..%2Fetc%2Fpasswd", "%00",
            "%E2%80%AE", "x".repeat(300), "x".repeat(3000)).map(Arguments::of);
    }

    /** An allocation id that is no decision, however odd: 404 (or 400, or 414 for a path too long to read), never more. */
    @ParameterizedTest(name = "allocation id {0}")
    @MethodSource("allocationIds")
    void unknownAllocationIds(String id) {
        String plan = Bodies.base(Endpoint.SUPPORT_PLAN, 0, "").toString();
        String panel = Bodies.base(Endpoint.PANEL_DECISION, 0, "").toString();
        for (String[] call : new String[][]{{"/api/allocations/" + id + "/support-plan", plan}, {"/api/allocations/" + id + "/panel-decision", panel}}) {
            HttpResponse<String> response = service.post(call[0], call[1].getBytes(StandardCharsets.UTF_8), "application/json");
            Problems.assertProblem(response, "POST " + call[0].substring(0, Math.min(120, call[0].length())));
            assertThat(response.statusCode()).isIn(400, 404, 414);
        }
    }

    static Stream<Arguments> nulCharacters() {
        String e = "{\"personRef\":\"H-1\",\"assessmentDate\":\"2024-05-10\",\"carer\":{\"needsFromProvidingNecessaryCare\":true,"
            + "\"healthAtRisk\":true,\"significantImpactOnWellbeing\":true},\"supersedes\":\"\\u0000\"}";
        return Stream.of(
            Arguments.of("POST", "/api/eligibility", e),
            Arguments.of("POST", "/api/allocations", Bodies.base(Endpoint.ALLOCATION, 0, "x").put("eligibilityDecisionId", "\u0000").toString()),
            Arguments.of("POST", "/api/allocations/{id}/panel-decision", "{\"decision\":\"DECLINED\",\"reason\":\"no\\u0000\"}"),
            Arguments.of("POST", "/api/allocations/{id}/support-plan", "{\"route\":\"DIRECT_PAYMENT\",\"supersedes\":\"x\\u0000\","
                + "\"lines\":[{\"service\":\"Home care\",\"unit\":\"hours\",\"quantityPerWeek\":1,\"unitCost\":1}]}"),
            Arguments.of("POST", "/api/allocations/%00/support-plan", Bodies.base(Endpoint.SUPPORT_PLAN, 0, "").toString()),
            Arguments.of("GET", "/api/decisions/%00", null),
            Arguments.of("GET", "/api/decisions/a%00b", null),
            Arguments.of("POST", "/api/decisions/%00/replay", "{}"),
            Arguments.of("GET", "/api/decisions?personRef=%00", null),
            Arguments.of("GET", "/api/decisions?decidedBy=x%00&kind=ELIGIBILITY", null),
            Arguments.of("GET", "/api/what-if/%00", null));
    }

    /** The NUL character, which PostgreSQL cannot hold in text, in a path, a query or a body: a 400, on either database. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("nulCharacters")
    void nulCharactersAreRefused(String method, String path, String body) {
        String where = path.replace("{id}", service.allocationId);
        HttpResponse<String> response = body == null ? service.get(where)
            : service.post(where, body.getBytes(StandardCharsets.UTF_8), "application/json");
        Problems.assertProblem(response, method + " " + path + " " + body);
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("\u0000");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void refused(Endpoint endpoint, String name, String body, String contentType, int status) {
        byte[] bytes = contentType.contains("ISO-8859-1") ? body.getBytes(StandardCharsets.ISO_8859_1) : body.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = service.post(service.path(endpoint), bytes, contentType);
        JsonNode problem = Problems.assertProblem(response, endpoint + " " + name);
        assertThat(response.statusCode()).as("%s %s: %s", endpoint, name, response.body()).isEqualTo(status);
        if (status == 400) {
            assertThat(problem.path("errors").isArray()).as("the bad fields named: %s", response.body()).isTrue();
        }
    }
}
