package uk.carerules.decisions;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import uk.carerules.rules.Reason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A stored decision as an auditor reads it: readable on its own. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DecisionView(String decisionId,
                           long seq,
                           String kind,
                           String personRef,
                           @Nullable LocalDate assessmentDate,
                           @Nullable String regime,
                           String outcome,
                           @Nullable String clientGroup,
                           @Nullable String rulesetVersion,
                           @Nullable String rulesetName,
                           @Nullable String relatedDecisionId,
                           @Nullable String supersedes,
                           @Nullable String supersededBy,
                           JsonNode input,
                           JsonNode output,
                           List<Reason> reasons,
                           List<String> rulesFired,
                           String decidedBy,
                           Instant decidedAt,
                           String previousHash,
                           String recordHash) {
}
