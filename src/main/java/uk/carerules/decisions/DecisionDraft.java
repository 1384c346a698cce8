package uk.carerules.decisions;

import uk.carerules.rules.Reason;
import uk.carerules.rules.Ruleset;

import java.time.LocalDate;
import java.util.List;

/** A decision ready to be stored: everything except its id, time and place in the chain. */
public record DecisionDraft(DecisionKind kind,
                            String personRef,
                            LocalDate assessmentDate,
                            String regime,
                            String outcome,
                            String clientGroup,
                            Ruleset ruleset,
                            String rulesetHash,
                            String relatedDecisionId,
                            String supersedes,
                            Object input,
                            Object output,
                            List<Reason> reasons,
                            List<String> firedRules) {
}
