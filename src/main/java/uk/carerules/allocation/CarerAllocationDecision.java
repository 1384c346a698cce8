package uk.carerules.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.carerules.rules.Reason;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The answer to a carer's allocation request. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CarerAllocationDecision(String decisionId,
                                      String kind,
                                      String personRef,
                                      LocalDate assessmentDate,
                                      String eligibilityDecisionId,
                                      BigDecimal amount,
                                      String frequency,
                                      String scheme,
                                      List<Reason> reasons,
                                      List<String> rulesFired,
                                      String rulesetName,
                                      String rulesetVersion,
                                      String decidedBy,
                                      Instant decidedAt,
                                      @Nullable String supersedes) {
}
