package uk.carerules.rules;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;
import uk.carerules.allocation.Answer;
import uk.carerules.allocation.IndicativeBudget;
import uk.carerules.allocation.Questionnaire;
import uk.carerules.allocation.Questionnaires;
import uk.carerules.eligibility.AbuseOrNeglect;
import uk.carerules.eligibility.ChoiceAndControl;
import uk.carerules.eligibility.EligibilityOutcome;
import uk.carerules.eligibility.Extent;
import uk.carerules.eligibility.FacsAnswers;
import uk.carerules.eligibility.FacsNeeds;
import uk.carerules.eligibility.Regime;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Evaluation.run takes its sessions from a pool per ruleset. A decision must come out exactly as it would from a
 * brand-new session (the facts left behind, the reasons, the rules fired in order), whatever ran on that session
 * before and however many decisions run at once: nothing may leak from one decision to the next.
 */
class EvaluationSessionsTest {

    record Case(String name, KieBase rules, Supplier<List<Object>> inputs) {
    }

    record Outcome(List<String> facts, List<Reason> reasons, List<String> firedRules) {
    }

    static final List<Case> CASES = new ArrayList<>();

    @BeforeAll
    static void cases() {
        RulesetCompiler compiler = new RulesetCompiler();
        Questionnaires questionnaires = new Questionnaires();
        Random random = new Random(7);
        for (Ruleset ruleset : RulesetLoader.loadAll(Path.of("rules").toAbsolutePath())) {
            KieBase rules = compiler.compile(ruleset);
            for (int i = 0; i < 40; i++) {
                if (ruleset.kind() == RulesetKind.ALLOCATION) {
                    Questionnaire questionnaire = questionnaires.of(ruleset, rules);
                    List<String[]> answers = new ArrayList<>();
                    for (Questionnaire.DomainView domain : questionnaire.domains()) {
                        answers.add(new String[] {domain.code(), domain.answers().get(random.nextInt(domain.answers().size())).code()});
                    }
                    CASES.add(new Case(ruleset.name() + " #" + i, rules, () -> {
                        List<Object> facts = new ArrayList<>();
                        facts.add(new IndicativeBudget());
                        answers.forEach(a -> facts.add(new Answer(a[0], a[1])));
                        return facts;
                    }));
                } else if (ruleset.name().contains("facs")) {
                    FacsAnswers answers = new FacsAnswers(random.nextInt(10) == 0, random.nextInt(10) == 0,
                        ChoiceAndControl.values()[random.nextInt(ChoiceAndControl.values().length)],
                        AbuseOrNeglect.values()[random.nextInt(AbuseOrNeglect.values().length)],
                        Extent.values()[random.nextInt(5)], Extent.values()[random.nextInt(5)],
                        Extent.values()[random.nextInt(5)], Extent.values()[random.nextInt(5)]);
                    CASES.add(new Case(ruleset.name() + " #" + i, rules,
                        () -> List.of(new EligibilityOutcome(Regime.FACS_2010), new FacsNeeds(answers))));
                }
            }
        }
        assertThat(CASES).hasSizeGreaterThan(100);
    }

    /** The reference: a brand-new session for the one decision, as Evaluation ran before sessions were pooled. */
    static Outcome fresh(Case c) {
        KieSession session = c.rules().newKieSession();
        try {
            Explanation explanation = new Explanation();
            List<String> fired = new ArrayList<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            session.setGlobal("explanation", explanation);
            c.inputs().get().forEach(session::insert);
            session.fireAllRules();
            return new Outcome(describeAll(session.getObjects()), explanation.reasons(), fired);
        } finally {
            session.dispose();
        }
    }

    static Outcome pooled(Case c) {
        Evaluation run = Evaluation.run(c.rules(), c.inputs().get());
        return new Outcome(describeAll(run.all(Object.class)), run.reasons(), run.firedRules());
    }

    @Test
    void everyDecisionIsTheSameAsFromANewSessionWhateverRanBeforeItAndAlongside() throws Exception {
        List<Outcome> expected = CASES.stream().map(EvaluationSessionsTest::fresh).toList();
        assertThat(expected).allSatisfy(o -> assertThat(o.firedRules()).isNotEmpty());
        // One thread first, every case twice in turn: each session is reused by other rulesets' cases... and its own.
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < CASES.size(); i++) {
                assertThat(pooled(CASES.get(i))).as(CASES.get(i).name()).isEqualTo(expected.get(i));
            }
        }
        // Then eight threads at once, each through the cases in its own random order.
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Random random = new Random(t);
                done.add(threads.submit(() -> {
                    for (int n = 0; n < 1500; n++) {
                        int i = random.nextInt(CASES.size());
                        assertThat(pooled(CASES.get(i))).as(CASES.get(i).name()).isEqualTo(expected.get(i));
                    }
                    return 1500;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(1500);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aDecisionThatFailsLeavesNothingBehindForTheNext() {
        KieBase rules = new KieHelper().addContent("""
            package test;
            global uk.carerules.rules.Explanation explanation;
            rule "Declared"
                salience 1000
            when
            then
                insert("declared");
            end
            rule "Fails on a bad number"
            when
                $n : Integer( intValue < 0 )
            then
                insert("half done");
                throw new IllegalArgumentException("negative");
            end
            rule "Counts"
                salience -10
            when
                $n : Integer( intValue >= 0 )
            then
                explanation.add(drools, "counted " + $n, "test");
            end
            rule "Loops"
            when
                $c : java.util.concurrent.atomic.AtomicInteger()
            then
                $c.incrementAndGet();
                update($c);
            end
            """, ResourceType.DRL).build();
        Evaluation before = Evaluation.run(rules, List.of(1));
        assertThatThrownBy(() -> Evaluation.run(rules, List.of(-1))).hasStackTraceContaining("negative");
        assertThatThrownBy(() -> Evaluation.run(rules, List.of(new java.util.concurrent.atomic.AtomicInteger()))).hasMessageContaining("a rule loops");
        for (int i = 0; i < 3; i++) {
            Evaluation after = Evaluation.run(rules, List.of(1));
            assertThat(after.firedRules()).isEqualTo(before.firedRules()).containsExactly("Declared", "Counts");
            assertThat(after.reasons()).isEqualTo(before.reasons());
            assertThat(after.all(Object.class)).containsExactlyInAnyOrder(1, "declared");
        }
        assertThat(Evaluation.run(rules, List.of(2), Map.of()).reasons()).extracting(Reason::text).containsExactly("counted 2");
    }

    /** A fact in words, field by field (the fact classes have no equals): enough to see any difference. */
    static List<String> describeAll(java.util.Collection<?> facts) {
        return facts.stream().map(EvaluationSessionsTest::describe).sorted().toList();
    }

    static String describe(Object o) {
        if (o == null || !o.getClass().getName().startsWith("uk.carerules.") || o.getClass().isEnum() || o.getClass().isRecord()) {
            return String.valueOf(o);
        }
        StringBuilder text = new StringBuilder(o.getClass().getSimpleName()).append('{');
        for (Class<?> type = o.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                try {
                    text.append(field.getName()).append('=').append(describe(field.get(o))).append(';');
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return text.append('}').toString();
    }
}
