package uk.carerules.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.carerules.rules.Reason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The answer to an eligibility request (API.md). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EligibilityDecision(String decisionId,
                                  String kind,
                                  String personRef,
                                  LocalDate assessmentDate,
                                  Regime regime,
                                  @Nullable FacsBand band,
                                  @Nullable FacsBand threshold,
                                  boolean eligible,
                                  List<String> outcomesNotAchieved,
                                  List<Reason> reasons,
                                  List<String> rulesFired,
                                  String rulesetName,
                                  String rulesetVersion,
                                  String decidedBy,
                                  Instant decidedAt,
                                  @Nullable String supersedes) {
}
