package uk.carerules.rules;

import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run of a ruleset over a set of facts: the facts the rules left behind, the reasons they gave
 * and the names of the rules that fired, in firing order.
 */
public final class Evaluation {

    /** Stops a ruleset that loops from taking the service down with it. */
    private static final int MAX_FIRINGS = 100_000;

    /**
     * Per compiled ruleset: a pool of sessions, and whether it declares the global {@code explanation} (looked up
     * once, not per decision). A session from the pool is used by one decision at a time; giving it back (dispose)
     * resets it to a new session's state: no facts, empty agenda, fact handle and propagation counters from zero,
     * no globals and no listeners, so nothing of one decision reaches the next (EvaluationSessionsTest).
     * Kept for as long as the KieBase, which RulesetCompiler keeps for the life of the service anyway; the pool holds
     * at most as many sessions as decisions ran at once on that ruleset.
     */
    private static final Map<KieBase, Sessions> SESSIONS = new ConcurrentHashMap<>();

    private record Sessions(KieSessionsPool pool, boolean hasExplanation) {
        static Sessions of(KieBase kieBase) {
            return new Sessions(kieBase.newKieSessionsPool(1), kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("explanation"))));
        }
    }

    private final List<Object> facts;
    private final List<Reason> reasons;
    private final List<String> firedRules;

    private Evaluation(List<Object> facts, List<Reason> reasons, List<String> firedRules) {
        this.facts = facts;
        this.reasons = reasons;
        this.firedRules = firedRules;
    }

    public static Evaluation run(KieBase kieBase, Collection<?> inputs, Map<String, Object> extraGlobals) {
        Sessions sessions = SESSIONS.computeIfAbsent(kieBase, Sessions::of);
        KieSession session = sessions.pool().newKieSession();
        try {
            Explanation explanation = new Explanation();
            List<String> fired = new ArrayList<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            if (sessions.hasExplanation()) {
                session.setGlobal("explanation", explanation);
            }
            extraGlobals.forEach(session::setGlobal);
            inputs.forEach(session::insert);
            int count = session.fireAllRules(MAX_FIRINGS);
            if (count >= MAX_FIRINGS) {
                throw new IllegalStateException("The rules fired " + MAX_FIRINGS + " times without settling: a rule loops");
            }
            return new Evaluation(new ArrayList<>(session.getObjects()), explanation.reasons(), List.copyOf(fired));
        } finally {
            session.dispose(); // back to the pool, reset
        }
    }

    public static Evaluation run(KieBase kieBase, Collection<?> inputs) {
        return run(kieBase, inputs, Map.of());
    }

    public <T> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T> T one(Class<T> type) {
        List<T> found = all(type);
        if (found.size() != 1) {
            throw new IllegalStateException("Expected one " + type.getSimpleName() + " from the rules, found " + found.size());
        }
        return found.get(0);
    }

    public <T> java.util.Optional<T> optional(Class<T> type) {
        return all(type).stream().findFirst();
    }

    public List<Reason> reasons() {
        return reasons;
    }

    public List<String> firedRules() {
        return firedRules;
    }
}
