package uk.carerules.decisions;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.h2.util.DateTimeUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.carerules.support.Api;
import uk.carerules.support.Cases;

import java.time.Instant;
import java.util.Map;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * decidedAt is part of each decision's hash, so the instant read back must be the instant stored, to the
 * microsecond, whatever the server's time zone. The hard case: a UK server in the hour the clocks go back,
 * when every local time happens twice (01:30 UTC on 26 October 2025 is 01:30 GMT, and 00:30 UTC is 01:30 BST).
 */
class DecidedAtTimeZoneTest {

    private TimeZone before;

    @BeforeEach
    void ukServer() {
        before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
        DateTimeUtils.resetCalendar(); // H2 caches the JVM's zone
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(before);
        DateTimeUtils.resetCalendar();
    }

    @Test
    void decisionsInTheRepeatedHourKeepTheirInstantAndTheChainVerifies() {
        for (String now : new String[]{"2025-10-26T00:30:00.123456Z", "2025-10-26T01:30:00.654321Z", "2025-03-30T01:00:00.000001Z"}) {
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                     Map.of("micronaut.server.port", -1, "care-rules.test.now", now), "test");
                 Api api = new Api(server.getURL())) {
                Api.Answer made = api.post("/api/eligibility", Cases.careActEligible("TZ-1", "2024-05-10"));
                assertThat(made.status()).as("%s", made.body()).isEqualTo(201);
                assertThat(made.string("decidedAt")).isEqualTo(now);

                Api.Answer stored = api.get("/api/decisions/" + made.string("decisionId"));
                assertThat(stored.string("decidedAt")).as("read back from the database").isEqualTo(now);
                assertThat(api.get("/api/rulesets").list("items")).filteredOn(v -> made.string("rulesetVersion").equals(v.get("hash")))
                    .extracting(v -> v.get("firstUsedAt")).as("the ruleset version's first use").containsExactly(now);
                assertThat(api.get("/api/audit/verify").body()).containsEntry("ok", true).containsEntry("checked", 1);

                String day = Instant.parse(now).toString().substring(0, 10);
                assertThat(api.get("/api/decisions?from=" + day + "&to=" + day).body().get("totalItems")).isEqualTo(1);
            }
        }
    }
}
