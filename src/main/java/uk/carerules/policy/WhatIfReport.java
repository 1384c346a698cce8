package uk.carerules.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a candidate ruleset would do to the stored decisions of a period. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WhatIfReport(String candidate,
                           String kind,
                           @Nullable LocalDate from,
                           @Nullable LocalDate to,
                           long decided,
                           long changed,
                           List<String> changedIds,
                           boolean changedIdsTruncated,
                           long undecidable,
                           List<Undecidable> undecidableCases,
                           @Nullable EligibilityImpact eligibility,
                           @Nullable AllocationImpact allocation,
                           List<GroupImpact> byClientGroup) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Undecidable(String decisionId, String reason) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EligibilityImpact(long eligibleBefore, long eligibleAfter, long becameEligible, long becameNotEligible,
                                    List<BandMove> bandMoves, long outcomesChanged) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record BandMove(String from, String to, long count) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AllocationImpact(BigDecimal weeklyBefore, BigDecimal weeklyAfter, BigDecimal weeklyChange,
                                   BigDecimal annualBefore, BigDecimal annualAfter, BigDecimal annualChange,
                                   BigDecimal meanWeeklyChangePerPerson, BigDecimal medianWeeklyChangePerPerson,
                                   List<ChangeBand> distribution, long newlyNeedingPanel, long noLongerNeedingPanel) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ChangeBand(String band, long count) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record GroupImpact(String clientGroup, long decided, long changed, long becameEligible, long becameNotEligible,
                              BigDecimal weeklyChange) {
    }
}
