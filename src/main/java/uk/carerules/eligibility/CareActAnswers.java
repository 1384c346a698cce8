package uk.carerules.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.Map;

/** An adult's assessment under SI 2015/313 reg 2. An outcome left out is achieved. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Introspected
public record CareActAnswers(@NotNull Boolean impairmentOrIllness,
                             @NotNull Boolean significantImpactOnWellbeing,
                             Map<AdultOutcome, Way> outcomes) {

    public Map<AdultOutcome, Way> outcomesOrNone() {
        return outcomes == null ? Map.of() : outcomes;
    }
}
