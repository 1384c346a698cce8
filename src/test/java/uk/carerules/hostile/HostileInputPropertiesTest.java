package uk.carerules.hostile;

import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated hostile bodies against the five endpoints that take them (eligibility, allocations, support
 * plans, panel decisions, calibration): mutated valid bodies, random JSON, malformed JSON, wrong content types and
 * bodies over the limit. Every answer is a 4xx problem+json, nothing is stored, and the service stays up.
 */
class HostileInputPropertiesTest {

    static HostileService service;
    static final AtomicInteger SENT = new AtomicInteger();

    @BeforeContainer
    static void start() {
        service = new HostileService();
    }

    @AfterContainer
    static void stop() {
        try {
            assertThat(service.stored()).as("nothing stored by %d hostile requests", SENT.get()).isEqualTo(service.storedBefore);
            HttpResponse<String> health = service.get("/health");
            assertThat(health.statusCode()).as("still up").isEqualTo(200);
            assertThat(service.get("/api/audit/verify").body()).contains("\"ok\":true");
            System.out.printf("Hostile input: %d generated requests, all refused, nothing stored%n", SENT.get());
        } finally {
            service.close();
        }
    }

    private static void refused(Endpoint endpoint, String body, String contentType, String what) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = service.post(service.path(endpoint), bytes, contentType);
        SENT.incrementAndGet();
        String shown = endpoint + " " + what + " (" + contentType + ", " + bytes.length + " bytes): "
            + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
        Problems.assertProblem(response, shown);
        assertThat(service.stored()).as("nothing stored: %s", shown).isEqualTo(service.storedBefore);
    }

    @Property(tries = 1600, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void aValidBodyWithChangesThatMakeItInvalidIsRefused(@ForAll Endpoint endpoint, @ForAll Random random) {
        List<String> what = new ArrayList<>();
        String body = new Bodies(random).mutated(endpoint, service.eligibilityId, what);
        refused(endpoint, body, "application/json", String.join("; ", what));
    }

    @Property(tries = 700, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void randomJsonIsRefused(@ForAll Endpoint endpoint, @ForAll Random random) {
        refused(endpoint, new Bodies(random).randomBody(endpoint, service.eligibilityId), "application/json", "random JSON");
    }

    @Property(tries = 600, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void malformedJsonIsRefused(@ForAll Endpoint endpoint, @ForAll Random random) {
        refused(endpoint, new Bodies(random).malformed(endpoint, service.eligibilityId), "application/json", "malformed JSON");
    }

    /** A perfectly good body, sent as something other than JSON: 415, and it is not decided. */
    @Property(tries = 250, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void aGoodBodyUnderAnotherContentTypeIsRefusedWith415(@ForAll Endpoint endpoint, @ForAll Random random) {
        Bodies bodies = new Bodies(random);
        String contentType = bodies.pick(List.of("text/plain", "text/plain; charset=utf-8", "application/xml", "text/xml", "text/html",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz", "application/octet-stream", "image/png",
            "application/yaml", "text/csv", "application/x-java-serialized-object"));
        String body = Bodies.base(endpoint, random.nextInt(endpoint.bases.size()), service.eligibilityId).toString();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = service.post(service.path(endpoint), bytes, contentType);
        SENT.incrementAndGet();
        String shown = endpoint + " as " + contentType;
        Problems.assertProblem(response, shown);
        assertThat(response.statusCode()).as(shown).isEqualTo(415);
        assertThat(service.stored()).as("nothing stored: %s", shown).isEqualTo(service.storedBefore);
    }

    /**
     * Over the 1 MB limit, whatever is in it: 413. (With assertions on, as in tests, Micronaut logs a warning "Failed to build
     * error response" with an AssertionError from its own buffer code after writing each 413; the packaged jar does not.)
     */
    @Property(tries = 15, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void aBodyOverTheLimitIsRefusedWith413(@ForAll Endpoint endpoint, @ForAll Random random) {
        int size = 1024 * 1024 + 1 + random.nextInt(2 * 1024 * 1024);
        String body = switch (random.nextInt(3)) {
            case 0 -> "{\"personRef\":\"" + "x".repeat(size) + "\"}";
            case 1 -> "[" + "1,".repeat(size / 2) + "1]";
            default -> Bodies.base(endpoint, 0, service.eligibilityId).put("padding", " ".repeat(size)).toString();
        };
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = service.post(service.path(endpoint), bytes, "application/json");
        SENT.incrementAndGet();
        String shown = endpoint + " " + bytes.length + " bytes";
        Problems.assertProblem(response, shown);
        assertThat(response.statusCode()).as(shown).isEqualTo(413);
        assertThat(service.stored()).as("nothing stored: %s", shown).isEqualTo(service.storedBefore);
    }
}
