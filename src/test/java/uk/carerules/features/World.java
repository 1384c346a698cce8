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
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one scenario has built and received so far: the request being written, the rules it is sent
 * to, and the last answer. Every step class reads and writes this one object; it is cleared before
 * each scenario. (Scenarios run one at a time.)
 */
public final class World {

    static final ObjectMapper JSON = JsonMapper.builder().build();
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

    EmbeddedServer server() {
        return Services.forRules(rulesDir);
    }

    /** An HTTP answer: status, content type, the body as text and (when it is JSON) as a tree. */
    record Answer(int status, String contentType, String text, JsonNode json) {
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
            + "\nto the request:\n" + requestJson();
    }
}
