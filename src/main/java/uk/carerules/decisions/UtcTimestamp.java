package uk.carerules.decisions;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores an {@link Instant} in a {@code TIMESTAMP WITH TIME ZONE} column as an {@link OffsetDateTime} in UTC,
 * never through {@code java.sql.Timestamp}: a {@code Timestamp} passes through the JVM's time zone, and H2
 * stores the wrong instant for the repeated hour when the clocks go back (01:30 UTC on the last Sunday of
 * October read back as 00:30 UTC under Europe/London), which would break the chain's hash of
 * {@code decidedAt}. Bound this way the value read back is the instant stored, to the microsecond, on H2 and
 * PostgreSQL alike, whatever the server's zone.
 */
@Singleton
public class UtcTimestamp implements AttributeConverter<Instant, Object> {

    @Override
    public Object convertToPersistedValue(Instant instant, ConversionContext context) {
        return utc(instant);
    }

    /** What the drivers give back: H2 an {@code OffsetDateTime}, PostgreSQL a {@code Timestamp} (read with its offset). */
    @Override
    public Instant convertToEntityValue(Object stored, ConversionContext context) {
        if (stored == null) {
            return null;
        }
        if (stored instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (stored instanceof Timestamp t) {
            return t.toInstant();
        }
        if (stored instanceof Instant t) {
            return t;
        }
        throw new IllegalStateException("A timestamp column read as " + stored.getClass().getName());
    }

    /** The value to bind for an instant, in queries built by hand or by criteria as well as in inserts. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
