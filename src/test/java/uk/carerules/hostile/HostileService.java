package uk.carerules.hostile;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import uk.carerules.decisions.DecisionRepository;
import uk.carerules.support.Api;
import uk.carerules.support.Cases;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * The real service for hostile requests, with the decisions they aim at already made: an eligible person, an
 * allocation for them that the panel must see (so support plans and panel decisions get past "no such allocation"),
 * and the count of stored decisions that no hostile request may change. Requests go over plain HTTP (the JDK's
 * client), so that any bytes and any content type, or none, can be sent.
 */
final class HostileService implements AutoCloseable {

    static final String PERSON = "H-1";

    final EmbeddedServer server;
    final String eligibilityId;
    final String allocationId;
    final long storedBefore;
    private final DecisionRepository decisions;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String authorization = "Basic " + Base64.getEncoder().encodeToString("tester:tester".getBytes(StandardCharsets.UTF_8));

    HostileService() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1), "test");
        decisions = server.getApplicationContext().getBean(DecisionRepository.class);
        try (Api api = new Api(server.getURL())) {
            eligibilityId = created(api.post("/api/eligibility", Cases.careActEligible(PERSON, "2024-05-10")));
            Map<String, String> answers = Cases.answers("D", "A");
            answers.put("PERSONAL_CARE", "E");
            answers.put("COMPLEX_NEEDS_OR_BEHAVIOUR", "E");
            Api.Answer allocation = api.post("/api/allocations", Cases.allocation(PERSON, "2024-06-01", eligibilityId, answers));
            allocationId = created(allocation);
            if (!Boolean.TRUE.equals(allocation.map("panel").get("required"))) {
                throw new IllegalStateException("the allocation should need the panel: " + allocation.body());
            }
        }
        storedBefore = decisions.count();
    }

    private static String created(Api.Answer answer) {
        if (answer.status() != 201) {
            throw new IllegalStateException("setup: " + answer.status() + " " + answer.body());
        }
        return answer.string("decisionId");
    }

    long stored() {
        return decisions.count();
    }

    String path(Endpoint endpoint) {
        return endpoint.path.replace("{id}", allocationId);
    }

    /** POST {@code body} as it is; {@code contentType} null sends no Content-Type at all. */
    HttpResponse<String> post(String path, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI() + path)).timeout(Duration.ofSeconds(60))
            .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("no answer from the service: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.getURI() + path)).header("Authorization", authorization).GET().build());
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
