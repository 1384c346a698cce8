package uk.carerules.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The answer to a walk of the tamper-evident chain. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChainVerification(boolean ok, long checked, @Nullable String firstBrokenDecisionId, @Nullable String problem) {
}
