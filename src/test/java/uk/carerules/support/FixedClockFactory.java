package uk.carerules.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import uk.carerules.ClockFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Tests that need "now" to be a particular instant set {@code care-rules.test.now} (an ISO instant). */
@Factory
@Requires(property = "care-rules.test.now")
public class FixedClockFactory {

    @Singleton
    @Replaces(bean = Clock.class, factory = ClockFactory.class)
    Clock fixedClock(@Value("${care-rules.test.now}") String now) {
        return Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
    }
}
