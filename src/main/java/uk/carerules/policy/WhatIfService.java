package uk.carerules.policy;

import io.micronaut.data.model.Pageable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.carerules.allocation.AllocationEngine;
import uk.carerules.allocation.AllocationRequest;
import uk.carerules.allocation.AllocationResult;
import uk.carerules.allocation.Questionnaire;
import uk.carerules.allocation.Questionnaires;
import uk.carerules.decisions.CanonicalJson;
import uk.carerules.decisions.DecisionFilter;
import uk.carerules.decisions.DecisionKind;
import uk.carerules.decisions.DecisionRecord;
import uk.carerules.decisions.DecisionRepository;
import uk.carerules.eligibility.EligibilityEngine;
import uk.carerules.eligibility.EligibilityRequest;
import uk.carerules.eligibility.EligibilityResult;
import uk.carerules.eligibility.Regime;
import uk.carerules.rules.Ruleset;
import uk.carerules.rules.RulesetCompiler;
import uk.carerules.rules.RulesetKind;
import uk.carerules.web.NotFoundException;
import uk.carerules.web.UnprocessableException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * What-if: re-decides every current stored decision of a kind and period under a candidate ruleset,
 * without storing or altering anything, and reports what would change. Runs as a job that shows its
 * progress and can be cancelled.
 */
@Singleton
public class WhatIfService {

    private static final Logger LOG = LoggerFactory.getLogger(WhatIfService.class);
    private static final int CHUNK = 500;

    private final Candidates candidates;
    private final RulesetValidator validator;
    private final RulesetCompiler compiler;
    private final DecisionRepository decisions;
    private final EligibilityEngine eligibility;
    private final AllocationEngine allocation;
    private final Questionnaires questionnaires;
    private final CanonicalJson json;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "what-if");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    public WhatIfService(Candidates candidates, RulesetValidator validator, RulesetCompiler compiler, DecisionRepository decisions,
                         EligibilityEngine eligibility, AllocationEngine allocation, Questionnaires questionnaires, CanonicalJson json,
                         Clock clock) {
        this.candidates = candidates;
        this.validator = validator;
        this.compiler = compiler;
        this.decisions = decisions;
        this.eligibility = eligibility;
        this.allocation = allocation;
        this.questionnaires = questionnaires;
        this.json = json;
        this.clock = clock;
    }

    /** A run's state, visible to the job resource while it works. */
    static final class Run {
        final String id = UUID.randomUUID().toString();
        final AtomicLong total = new AtomicLong();
        final AtomicLong processed = new AtomicLong();
        final AtomicBoolean cancelled = new AtomicBoolean();
        final Instant started;
        volatile String status = "RUNNING";
        volatile Instant finished;
        volatile String error;
        volatile WhatIfReport report;
        volatile List<String> csv;

        Run(Instant started) {
            this.started = started;
        }

        WhatIfJob view() {
            long t = total.get();
            int percent = t == 0 ? (status.equals("RUNNING") ? 0 : 100) : (int) Math.min(100, processed.get() * 100 / t);
            return new WhatIfJob(id, status, t, processed.get(), percent, started, finished, error, report);
        }
    }

    /** Starts a job; the candidate is checked first, so a broken one is refused at once. */
    public WhatIfJob start(WhatIfRequest request) {
        List<Ruleset> rulesets = candidateRulesets(request);
        Run run = new Run(clock.instant());
        runs.put(run.id, run);
        executor.submit(() -> execute(run, request, rulesets, n -> { }));
        return run.view();
    }

    /** Runs in the caller's thread (the command line), reporting (done, total) as it goes. */
    public WhatIfJob runNow(WhatIfRequest request, java.util.function.BiConsumer<Long, Long> progress) {
        List<Ruleset> rulesets = candidateRulesets(request);
        Run run = new Run(clock.instant());
        runs.put(run.id, run);
        execute(run, request, rulesets, done -> progress.accept(done, run.total.get()));
        return run.view();
    }

    public WhatIfJob job(String id) {
        return find(id).view();
    }

    public List<String> csv(String id) {
        Run run = find(id);
        if (run.csv == null) {
            throw new UnprocessableException("The what-if " + id + " is " + run.status + "; its CSV is ready when it is DONE.");
        }
        return run.csv;
    }

    public WhatIfJob cancel(String id) {
        Run run = find(id);
        run.cancelled.set(true);
        return run.view();
    }

    private Run find(String id) {
        Run run = runs.get(id);
        if (run == null) {
            throw new NotFoundException("There is no what-if job " + id + ".");
        }
        return run;
    }

    private List<Ruleset> candidateRulesets(WhatIfRequest request) {
        Path dir = candidates.resolve("candidate", request.candidate());
        ValidationReport report = validator.validate(dir);
        if (!report.valid()) {
            throw new UnprocessableException("candidate", "The candidate does not validate:\n" + report.text());
        }
        List<Ruleset> rulesets = uk.carerules.rules.RulesetLoader.loadAll(dir).stream().filter(r -> r.kind() == request.kind()).toList();
        if (rulesets.isEmpty()) {
            throw new UnprocessableException("candidate", "The candidate '" + request.candidate() + "' has no " + request.kind() + " ruleset.");
        }
        return rulesets;
    }

    private void execute(Run run, WhatIfRequest request, List<Ruleset> rulesets, LongConsumer progress) {
        try {
            DecisionKind kind = request.kind() == RulesetKind.ELIGIBILITY ? DecisionKind.ELIGIBILITY : DecisionKind.ALLOCATION;
            DecisionFilter filter = new DecisionFilter(kind, null, null, request.from(), request.to(), null, null, null, null, null);
            run.total.set(decisions.count(filter.specification()));
            Set<String> superseded = new HashSet<>(decisions.findSupersededIds());
            WhatIfAnalysis analysis = new WhatIfAnalysis(request);
            long lastSeq = 0;
            while (!run.cancelled.get()) {
                List<DecisionRecord> chunk = decisions.findBySeqGreaterThanOrderBySeq(lastSeq, Pageable.from(0, CHUNK));
                for (DecisionRecord d : chunk) {
                    lastSeq = d.seq();
                    if (!filter.matches(d)) {
                        continue;
                    }
                    if (!superseded.contains(d.id())) {
                        redecide(d, kind, rulesets, analysis);
                    }
                    progress.accept(run.processed.incrementAndGet());
                    if (run.cancelled.get()) {
                        break;
                    }
                }
                if (chunk.size() < CHUNK) {
                    break;
                }
            }
            if (run.cancelled.get()) {
                run.status = "CANCELLED";
            } else {
                run.report = analysis.report();
                run.csv = List.copyOf(analysis.csv);
                run.status = "DONE";
            }
        } catch (RuntimeException e) {
            LOG.error("What-if {} failed", run.id, e);
            run.error = e.getMessage();
            run.status = "FAILED";
        } finally {
            run.finished = clock.instant();
        }
    }

    private void redecide(DecisionRecord d, DecisionKind kind, List<Ruleset> rulesets, WhatIfAnalysis analysis) {
        Optional<Ruleset> ruleset = rulesets.stream().filter(r -> r.manifest().inForceOn(d.assessmentDate())).findFirst();
        if (ruleset.isEmpty()) {
            analysis.undecidable(d.id(), "the candidate has no " + kind + " rules in force on " + d.assessmentDate());
            return;
        }
        KieBase rules = compiler.compile(ruleset.get());
        String date = String.valueOf(d.assessmentDate());
        if (kind == DecisionKind.ELIGIBILITY) {
            EligibilityRequest request = json.read(d.input(), EligibilityRequest.class);
            Regime regime = EligibilityEngine.regimeOf(request);
            if (!ruleset.get().manifest().regimes().contains(regime.name())) {
                analysis.undecidable(d.id(), "the candidate's rules for " + d.assessmentDate() + " do not decide " + regime);
                return;
            }
            EligibilityResult after = eligibility.decide(request, rules).result();
            analysis.eligibility(d.id(), d.personRef(), d.clientGroup(), date, json.read(d.output(), EligibilityResult.class), after);
        } else {
            AllocationRequest request = json.read(d.input(), AllocationRequest.class);
            Questionnaire questionnaire = questionnaires.of(ruleset.get(), rules);
            for (Questionnaire.DomainView domain : questionnaire.domains()) {
                String answer = request.answers().get(domain.code());
                if (answer == null || domain.answer(answer).isEmpty()) {
                    analysis.undecidable(d.id(), "its answers do not fit the candidate's questionnaire (" + domain.code() + ")");
                    return;
                }
            }
            AllocationResult after = allocation.allocate(request, questionnaire, rules).result();
            analysis.allocation(d.id(), d.personRef(), d.clientGroup(), date, json.read(d.output(), AllocationResult.class), after);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
