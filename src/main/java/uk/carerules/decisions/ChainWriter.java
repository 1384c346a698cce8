package uk.carerules.decisions;

import jakarta.inject.Singleton;
import uk.carerules.rules.Ruleset;
import uk.carerules.web.ProblemException;
import uk.carerules.web.UnprocessableException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a batch of decisions to the end of the chain, inside the caller's transaction: locks the head, checks each
 * decision's guards in chain order, links and inserts the ones that pass, advances the head once. The caller completes
 * the requests only after the commit.
 */
@Singleton
class ChainWriter {

    private final DecisionRepository decisions;
    private final RulesetVersionRepository versions;
    private final ChainHeadRepository chain;
    private final CanonicalJson json;
    private final Clock clock;

    ChainWriter(DecisionRepository decisions, RulesetVersionRepository versions, ChainHeadRepository chain,
                CanonicalJson json, Clock clock) {
        this.decisions = decisions;
        this.versions = versions;
        this.chain = chain;
        this.json = json;
        this.clock = clock;
    }

    /** What one batch did: a record or a refusal for each pending append, and the ruleset versions found stored. */
    record Written(List<Object> outcomes, Set<String> versionsAlreadyStored) {
    }

    Written write(List<PendingAppend> batch, Set<String> knownVersions) {
        ChainHead head = chain.lock();
        long seq = head.seq();
        String previousHash = head.recordHash();
        Set<String> alreadyStored = new HashSet<>();
        Set<String> insertedHere = new HashSet<>();
        List<Object> outcomes = new ArrayList<>(batch.size());
        List<DecisionRecord> unsaved = new ArrayList<>();
        for (PendingAppend pending : batch) {
            DecisionDraft draft = pending.draft();
            if (draft.supersedes() != null || pending.guard() != AppendGuard.NONE) {
                saveAll(unsaved); // what this decision is checked against includes the decisions before it in the batch
            }
            try {
                checkNotSuperseded(draft);
                pending.guard().check();
            } catch (ProblemException refused) {
                outcomes.add(refused);
                continue;
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            if (draft.ruleset() != null) {
                storeVersion(draft.ruleset(), now, knownVersions, alreadyStored, insertedHere);
            }
            String rulesetHash = draft.ruleset() != null ? draft.ruleset().hash() : draft.rulesetHash();
            DecisionRecord unsigned = new DecisionRecord(pending.id(), seq + 1, draft.kind().name(),
                draft.personRef(), draft.assessmentDate(), draft.regime(), draft.outcome(), draft.clientGroup(), rulesetHash,
                draft.relatedDecisionId(), draft.supersedes(), pending.input(), pending.output(), pending.reasons(),
                pending.firedRules(), pending.decidedBy(), now, previousHash, "");
            DecisionRecord signed = unsigned.withRecordHash(DecisionHash.of(unsigned));
            unsaved.add(signed);
            outcomes.add(signed);
            seq = signed.seq();
            previousHash = signed.recordHash();
        }
        saveAll(unsaved);
        if (seq != head.seq()) { // something was stored
            chain.advance(seq, previousHash);
        }
        return new Written(outcomes, alreadyStored);
    }

    /** One JDBC batch for the decisions that nothing in between needs to read back. */
    private void saveAll(List<DecisionRecord> unsaved) {
        if (!unsaved.isEmpty()) {
            decisions.saveAll(unsaved);
            unsaved.clear();
        }
    }

    // Supersession checked this before; a correction stored since (another request, another instance, an earlier
    // decision in this batch) must win cleanly: 422 as Supersession says it, not the unique index's 500.
    private void checkNotSuperseded(DecisionDraft draft) {
        if (draft.supersedes() != null) {
            decisions.findBySupersedes(draft.supersedes()).ifPresent(newer -> {
                throw new UnprocessableException("supersedes", "Decision " + draft.supersedes() + " was already superseded by "
                    + newer.id() + "; supersede that one instead.");
            });
        }
    }

    // Under the chain lock, so two first uses of one version cannot both insert it. Only a version found already
    // committed may be remembered by the caller: one inserted here may yet roll back with this batch.
    private void storeVersion(Ruleset ruleset, Instant now, Set<String> known, Set<String> alreadyStored, Set<String> insertedHere) {
        String hash = ruleset.hash();
        if (known.contains(hash) || alreadyStored.contains(hash) || insertedHere.contains(hash)) {
            return;
        }
        if (versions.existsById(hash)) {
            alreadyStored.add(hash);
        } else {
            versions.save(new RulesetVersionRecord(hash, ruleset.name(), ruleset.kind().name(),
                ruleset.manifest().effectiveFrom(), ruleset.manifest().effectiveTo(), json.write(ruleset.files()), now));
            insertedHere.add(hash);
            DecisionLedger.LOG.info("Ruleset version {} ({}) stored on first use", hash, ruleset.name());
        }
    }
}
