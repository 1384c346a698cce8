package uk.carerules.decisions;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.carerules.rules.Ruleset;
import uk.carerules.web.UnprocessableException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Appends decisions to the store. Each append locks the chain head, stores the ruleset version the
 * first time it is used, links the decision to the one before and advances the head, all in one
 * transaction: a decision is stored whole, in the chain, or not at all.
 */
@Singleton
public class DecisionLedger {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionLedger.class);

    private final DecisionRepository decisions;
    private final RulesetVersionRepository versions;
    private final ChainHeadRepository chain;
    private final CanonicalJson json;
    private final Clock clock;
    private final Set<String> storedVersions = ConcurrentHashMap.newKeySet();

    public DecisionLedger(DecisionRepository decisions, RulesetVersionRepository versions, ChainHeadRepository chain,
                          CanonicalJson json, Clock clock) {
        this.decisions = decisions;
        this.versions = versions;
        this.chain = chain;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public DecisionRecord append(DecisionDraft draft, String decidedBy) {
        // Everything that does not depend on the chain is done before taking its lock, which serialises all appends.
        String input = json.write(draft.input());
        String output = json.write(draft.output());
        String reasons = json.write(draft.reasons());
        String firedRules = json.write(draft.firedRules());
        ChainHead head = chain.lock();
        if (draft.supersedes() != null) {
            // Supersession checked this before the lock; a correction stored since (another request, another instance)
            // must win cleanly: 422 as Supersession says it, not the unique index's 500.
            decisions.findBySupersedes(draft.supersedes()).ifPresent(newer -> {
                throw new UnprocessableException("supersedes", "Decision " + draft.supersedes() + " was already superseded by "
                    + newer.id() + "; supersede that one instead.");
            });
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String rulesetHash = draft.ruleset() != null ? draft.ruleset().hash() : draft.rulesetHash();
        if (draft.ruleset() != null) {
            storeVersion(draft.ruleset(), now);
        }
        DecisionRecord unsigned = new DecisionRecord(UUID.randomUUID().toString(), head.seq() + 1, draft.kind().name(),
            draft.personRef(), draft.assessmentDate(), draft.regime(), draft.outcome(), draft.clientGroup(), rulesetHash,
            draft.relatedDecisionId(), draft.supersedes(), input, output,
            reasons, firedRules, decidedBy, now, head.recordHash(), "");
        DecisionRecord signed = withHash(unsigned, DecisionHash.of(unsigned));
        decisions.save(signed);
        chain.advance(signed.seq(), signed.recordHash());
        // ids and the person reference only: the outcome, answers and reasons are personal data and stay in the database
        LOG.info("Decision {} stored: kind={} personRef={} seq={}", signed.id(), signed.kind(), signed.personRef(), signed.seq());
        return signed;
    }

    private void storeVersion(Ruleset ruleset, Instant now) {
        if (storedVersions.contains(ruleset.hash())) {
            return;
        }
        // Runs under the chain lock, so two first uses of one version cannot both insert it. Only a version
        // found already committed is remembered: one inserted here may yet roll back with this decision.
        if (versions.existsById(ruleset.hash())) {
            storedVersions.add(ruleset.hash());
        } else {
            versions.save(new RulesetVersionRecord(ruleset.hash(), ruleset.name(), ruleset.kind().name(),
                ruleset.manifest().effectiveFrom(), ruleset.manifest().effectiveTo(), json.write(ruleset.files()), now));
            LOG.info("Ruleset version {} ({}) stored on first use", ruleset.hash(), ruleset.name());
        }
    }

    private static DecisionRecord withHash(DecisionRecord d, String hash) {
        return new DecisionRecord(d.id(), d.seq(), d.kind(), d.personRef(), d.assessmentDate(), d.regime(), d.outcome(),
            d.clientGroup(), d.rulesetHash(), d.relatedDecisionId(), d.supersedes(), d.input(), d.output(), d.reasons(),
            d.firedRules(), d.decidedBy(), d.decidedAt(), d.previousHash(), hash);
    }
}
