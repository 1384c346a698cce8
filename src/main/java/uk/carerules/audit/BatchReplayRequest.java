package uk.carerules.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import uk.carerules.decisions.DecisionKind;

import java.time.LocalDate;

/** Which decisions to replay: a kind and a period of decision days (UTC) and/or assessment days, all optional. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Introspected
public record BatchReplayRequest(DecisionKind kind, LocalDate from, LocalDate to, LocalDate assessedFrom, LocalDate assessedTo) {
}
