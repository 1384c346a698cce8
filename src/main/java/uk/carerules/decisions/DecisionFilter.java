package uk.carerules.decisions;

import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.persistence.criteria.Predicate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What an auditor searches by. Dates {@code from} and {@code to} are days of decision (UTC), inclusive;
 * {@code assessedFrom} and {@code assessedTo} are days of assessment, inclusive.
 */
public record DecisionFilter(DecisionKind kind,
                             LocalDate from,
                             LocalDate to,
                             LocalDate assessedFrom,
                             LocalDate assessedTo,
                             String personRef,
                             String outcome,
                             String rulesetVersion,
                             String decidedBy,
                             String clientGroup) {

    public static DecisionFilter of(DecisionKind kind, LocalDate from, LocalDate to) {
        return new DecisionFilter(kind, from, to, null, null, null, null, null, null, null);
    }

    public PredicateSpecification<DecisionRecord> specification() {
        return (root, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (kind != null) {
                all.add(cb.equal(root.get("kind"), kind.name()));
            }
            // decidedAt is bound as UtcTimestamp binds it (criteria parameters do not pass through its converter)
            if (from != null) {
                all.add(cb.greaterThanOrEqualTo(root.<OffsetDateTime>get("decidedAt"), UtcTimestamp.utc(from.atStartOfDay().toInstant(ZoneOffset.UTC))));
            }
            if (to != null) {
                all.add(cb.lessThan(root.<OffsetDateTime>get("decidedAt"), UtcTimestamp.utc(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))));
            }
            if (assessedFrom != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("assessmentDate"), assessedFrom));
            }
            if (assessedTo != null) {
                all.add(cb.lessThanOrEqualTo(root.get("assessmentDate"), assessedTo));
            }
            if (personRef != null) {
                all.add(cb.equal(root.get("personRef"), personRef));
            }
            if (outcome != null) {
                all.add(cb.equal(root.get("outcome"), outcome));
            }
            if (rulesetVersion != null) {
                all.add(cb.equal(root.get("rulesetHash"), rulesetVersion));
            }
            if (decidedBy != null) {
                all.add(cb.equal(root.get("decidedBy"), decidedBy));
            }
            if (clientGroup != null) {
                all.add(cb.equal(root.get("clientGroup"), clientGroup));
            }
            // no filter at all: no WHERE clause (an empty AND would render as a bare WHERE)
            return all.isEmpty() ? null : cb.and(all.toArray(new Predicate[0]));
        };
    }

    /** The same test in memory, for walks that read the chain in order. */
    public boolean matches(DecisionRecord d) {
        return (kind == null || kind.name().equals(d.kind()))
            && (from == null || !d.decidedAt().isBefore(from.atStartOfDay().toInstant(ZoneOffset.UTC)))
            && (to == null || d.decidedAt().isBefore(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
            && (assessedFrom == null || (d.assessmentDate() != null && !d.assessmentDate().isBefore(assessedFrom)))
            && (assessedTo == null || (d.assessmentDate() != null && !d.assessmentDate().isAfter(assessedTo)))
            && (personRef == null || personRef.equals(d.personRef()))
            && (outcome == null || outcome.equals(d.outcome()))
            && (rulesetVersion == null || rulesetVersion.equals(d.rulesetHash()))
            && (decidedBy == null || decidedBy.equals(d.decidedBy()))
            && (clientGroup == null || clientGroup.equals(d.clientGroup()));
    }
}
