package uk.carerules.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What the rules decided, as stored and as compared on replay. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EligibilityResult(Regime regime,
                                @Nullable FacsBand band,
                                @Nullable FacsBand threshold,
                                boolean eligible,
                                List<String> outcomesNotAchieved) {

    /** One word for searching: ELIGIBLE or NOT_ELIGIBLE. */
    public String outcome() {
        return eligible ? "ELIGIBLE" : "NOT_ELIGIBLE";
    }
}
