package uk.carerules.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;

/** Proposed prices from a sample of cases, how well they fit, and a rate file ready for a candidate directory. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CalibrationResult(int cases,
                                long totalPoints,
                                BigDecimal currentWeeklyTotal,
                                @Nullable BigDecimal envelopeWeekly,
                                BigDecimal contingencyPercent,
                                @Nullable BigDecimal envelopeAfterContingency,
                                BigDecimal leastSquaresPricePerPoint,
                                BigDecimal proposedPricePerPoint,
                                Fit fit,
                                List<Band> bands,
                                String rateFile,
                                List<String> notes) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Fit(BigDecimal rSquared, BigDecimal shareWithinTenPercent, @Nullable Gap largestUnderAllocation, @Nullable Gap largestOverAllocation) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Gap(String caseRef, int points, BigDecimal currentWeekly, BigDecimal indicativeWeekly, BigDecimal difference) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Band(int fromPoints, int toPoints, int cases, BigDecimal medianCurrentWeekly, BigDecimal proposedWeekly) {
    }
}
