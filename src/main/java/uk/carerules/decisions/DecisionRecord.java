package uk.carerules.decisions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored decision, exactly as it was made: inputs, outputs, reasons, the rules that fired, the
 * ruleset version, who and when, and its place in the tamper-evident chain. Never updated or deleted.
 *
 * @param assessmentDate the date that chose the law and the rates (kept apart from {@code decidedAt})
 * @param decidedAt      when the decision was made, UTC, to the microsecond
 */
@MappedEntity(value = "decision", escape = false) // unquoted: one SQL for H2 and PostgreSQL (see DecisionRepository)
public record DecisionRecord(@Id String id,
                             long seq,
                             String kind,
                             String personRef,
                             @Nullable LocalDate assessmentDate,
                             @Nullable String regime,
                             String outcome,
                             @Nullable String clientGroup,
                             @Nullable String rulesetHash,
                             @Nullable String relatedDecisionId,
                             @Nullable String supersedes,
                             String input,
                             String output,
                             String reasons,
                             String firedRules,
                             String decidedBy,
                             @MappedProperty(type = DataType.OBJECT, converter = UtcTimestamp.class) Instant decidedAt,
                             String previousHash,
                             String recordHash) {

    /** The same record sealed with its hash (computed over every other field). */
    public DecisionRecord withRecordHash(String hash) {
        return new DecisionRecord(id, seq, kind, personRef, assessmentDate, regime, outcome, clientGroup, rulesetHash,
            relatedDecisionId, supersedes, input, output, reasons, firedRules, decidedBy, decidedAt, previousHash, hash);
    }
}
