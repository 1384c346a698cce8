package uk.carerules.audit;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.carerules.support.Api;
import uk.carerules.support.Cases;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The clock is injected: the time of decision is the clock's, in UTC, and kept apart from the assessment date. */
@MicronautTest
@Property(name = "care-rules.test.now", value = "2025-06-30T23:30:00.123456Z") // see support/FixedClockFactory
class DecisionTimeTest {

    @Inject
    EmbeddedServer server;

    @Test
    void decidedAtIsTheClocksInstantInUtcAndTheAssessmentDateIsKeptApart() {
        try (Api api = new Api(server.getURL())) {
            Api.Answer a = api.post("/api/eligibility", Cases.careActEligible("T-9", "2024-05-10"));
            assertThat(a.body().get("decidedAt")).isEqualTo("2025-06-30T23:30:00.123456Z");
            assertThat(a.body().get("assessmentDate")).isEqualTo("2024-05-10");
            Map<String, Object> stored = api.get("/api/decisions/" + a.string("decisionId")).body();
            assertThat(stored.get("decidedAt")).isEqualTo("2025-06-30T23:30:00.123456Z");
            assertThat(api.post("/api/eligibility", Cases.careActEligible("T-9", "2025-07-02")).status())
                .as("an assessment after the clock's today is refused").isEqualTo(400);
            assertThat(api.get("/api/decisions?from=2025-06-30&to=2025-06-30&personRef=T-9").list("items")).hasSize(1);
        }
    }
}
