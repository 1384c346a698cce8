package uk.carerules.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.Map;

/** A carer's assessment under SI 2015/313 reg 3. An outcome left out is achieved. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Introspected
public record CarerAnswers(@NotNull Boolean needsFromProvidingNecessaryCare,
                           @NotNull Boolean healthAtRisk,
                           @NotNull Boolean significantImpactOnWellbeing,
                           Map<CarerOutcome, CarerWay> outcomes) {

    public Map<CarerOutcome, CarerWay> outcomesOrNone() {
        return outcomes == null ? Map.of() : outcomes;
    }
}
