package uk.carerules.hostile;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every refusal must be: a 4xx RFC 9457 problem, short, with no stack trace, SQL or internals in it. */
final class Problems {

    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "at uk.carerules", "at io.micronaut", "java.lang",
        "java.sql", "org.h2", "org.postgresql", "org.drools", "com.fasterxml", "SQL", "SELECT ", "INSERT ", "UPDATE ", "jdbc:",
        "Caused by", "NullPointer", "hikari", "`", "jackson", "Feature");

    private Problems() {
    }

    static JsonNode assertProblem(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        String body = response.body();
        String shown = what + "\n-> " + status + " " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body);
        assertThat(status).as("a 4xx answer: %s", shown).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as("problem+json: %s", shown)
            .startsWith("application/problem+json");
        assertThat(body.length()).as("a short answer, echoing nothing long: %s", shown).isLessThan(64 * 1024);
        JsonNode problem;
        try {
            problem = Bodies.JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + shown, e);
        }
        assertThat(problem.isObject()).as(shown).isTrue();
        assertThat(problem.path("status").asInt()).as("status in the problem: %s", shown).isEqualTo(status);
        assertThat(problem.path("title").asText()).as("title: %s", shown).isNotBlank();
        assertThat(problem.path("detail").isTextual()).as("detail: %s", shown).isTrue();
        for (String internal : INTERNALS) {
            assertThat(body).as("no internals (%s): %s", internal, shown).doesNotContain(internal);
        }
        return problem;
    }
}
