package uk.carerules.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one scenario has built and received so far: the request being written, the rules it is sent
 * to, and the last answer. Every step class reads and writes this one object; it is cleared before
 * each scenario. (Scenarios run one at a time.)
 */
public final class World {

    /** Money in answers is read exactly (116.00 stays 116.00, never a double). */
    static final ObjectMapper JSON = JsonMapper.builder()
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static World current = new World();

    /** The rules directory the scenario's requests go to. */
    String rulesDir = Services.DEFAULT_RULES;
    /** The body being built, field by field. */
    final Map<String, Object> request = new LinkedHashMap<>();
    /** Which part of the request the assessment steps fill in: "facs", "careAct" or "carer". */
    String assessment;

    /** Who the scenario is signed in as (user, password); the test administrator unless a step says otherwise. */
    String user = "tester";
    String password = "tester";

    /** The last answer to the request. */
    Answer last;
    long storedBefore;
    long storedAfter;

    /** Every decision this scenario made, oldest first. */
    final List<Made> made = new ArrayList<>();
    /** "the earlier decision": the latest one when the rules were changed or the service restarted. */
    String earlier;
    /** The last decision made as a correction, and the decision it corrected. */
    String correction;
    String corrected;
    /** The last answer an auditor got: a replay, an audit check or a stored record. */
    Answer audit;
    /** A copy of the rules made for this scenario (in a temporary folder with its own database), removed after it. */
    Path rulesCopy;
    /** Things to undo after the scenario, e.g. a record altered directly in a shared database. */
    final List<Runnable> undo = new ArrayList<>();

    /** A decision made in this scenario: its kind (ELIGIBILITY, ALLOCATION, …) and id. */
    record Made(String kind, String id) {
    }

    static World get() {
        return current;
    }

    static void reset() {
        current = new World();
    }

    /** The answer's body part, e.g. the FACS answers, creating it if needed. */
    @SuppressWarnings("unchecked")
    Map<String, Object> section(String name) {
        return (Map<String, Object>) request.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>());
    }

    /** Remembers the decision in an answer, if the service made one. */
    void remember(Answer answer) {
        if (answer != null && answer.status() == 201 && answer.json() != null && answer.json().hasNonNull("decisionId")) {
            made.add(new Made(answer.json().path("kind").asText(), answer.json().path("decisionId").asText()));
        }
    }

    /** The id of the latest decision of a kind made in this scenario (any kind if null). */
    String latest(String kind) {
        for (int i = made.size() - 1; i >= 0; i--) {
            if (kind == null || made.get(i).kind().equals(kind)) {
                return made.get(i).id();
            }
        }
        throw new IllegalStateException("No " + (kind == null ? "" : kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " ")
            + "decision has been made in this scenario yet. Decisions made: " + made);
    }

    /** The decision a scenario points at in words: "that decision", "the allocation", "the earlier decision", … */
    String decision(String words) {
        String w = Vocabulary.normalise(words);
        if (w.equals("that decision") || w.equals("the decision") || w.equals("the last decision")) {
            return latest(null);
        }
        if (w.equals("the first decision")) {
            return made.isEmpty() ? latest(null) : made.get(0).id();
        }
        if (w.equals("the earlier decision")) {
            if (earlier != null) {
                return earlier;
            }
            if (corrected != null) {
                return corrected;
            }
            throw new IllegalStateException("'the earlier decision' is the latest decision made before the rules were changed or the "
                + "service restarted (or the decision a correction corrected); neither has happened in this scenario.");
        }
        if (w.equals("the correction") || w.equals("the corrected decision") || w.equals("the original decision")) {
            String id = w.equals("the correction") ? correction : corrected;
            if (id == null) {
                throw new IllegalStateException("No correction has been made in this scenario (e.g. 'When the indicative budget is "
                    + "worked out again as a correction').");
            }
            return id;
        }
        if (w.startsWith("the eligibility")) {
            return latest("ELIGIBILITY");
        }
        if (w.startsWith("the allocation") || w.startsWith("the indicative budget")) {
            return latest("ALLOCATION");
        }
        if (w.startsWith("the carer's")) {
            return latest("CARER_ALLOCATION");
        }
        if (w.startsWith("the support plan")) {
            return latest("SUPPORT_PLAN");
        }
        if (w.startsWith("the panel")) {
            return latest("PANEL_DECISION");
        }
        throw new IllegalArgumentException("'" + words + "' does not say which decision");
    }

    EmbeddedServer server() {
        return Services.forRules(rulesDir);
    }

    /** An HTTP answer: status, content type, the body as text and (when it is JSON) as a tree. */
    record Answer(int status, String contentType, String text, JsonNode json) {
    }

    /** The request whose answer is {@link #last}, for failure messages. */
    String sent;

    /**
     * Asks the service for a decision: sends {@code body} to {@code path}, keeps the answer as {@link #last},
     * counts the decisions stored before and after, and remembers the decision if one was made.
     */
    Answer decide(String path, String body) {
        storedBefore = Services.storedDecisions(rulesDir);
        sent = "POST " + path + "\n" + body;
        last = send("POST", path, body);
        storedAfter = Services.storedDecisions(rulesDir);
        remember(last);
        return last;
    }

    /** Sends {@code body} (already JSON, or null for none) to the scenario's server. */
    Answer send(String method, String path, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server().getURL() + path)).timeout(Duration.ofSeconds(60));
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        }
        builder.header("Accept", "application/json, application/problem+json");
        builder.header("Authorization", "Basic " + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode json = null;
            if (text != null && !text.isBlank()) {
                try {
                    json = JSON.readTree(text);
                } catch (IOException notJson) {
                    json = null;
                }
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), text, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String requestJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last answer, for failure messages. */
    String describe() {
        if (last == null) {
            return "No request has been sent yet; the request so far is:\n" + requestJson();
        }
        return "The service answered " + last.status() + " (" + last.contentType() + "):\n" + last.text()
            + "\nto the request:\n" + (sent != null ? sent : requestJson());
    }
}
