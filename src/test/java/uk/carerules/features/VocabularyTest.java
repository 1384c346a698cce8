package uk.carerules.features;

import org.junit.jupiter.api.Test;
import uk.carerules.eligibility.AbuseOrNeglect;
import uk.carerules.eligibility.AdultOutcome;
import uk.carerules.eligibility.CarerOutcome;
import uk.carerules.eligibility.ChoiceAndControl;
import uk.carerules.eligibility.Extent;
import uk.carerules.eligibility.FacsBand;
import uk.carerules.eligibility.Way;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The practitioners' words and the patterns that accept them agree, and every API code can be written. */
class VocabularyTest {

    @Test
    void everyOutcomeWordingIsAcceptedAndMeansTheSameOutcome() {
        Pattern pattern = Pattern.compile(Vocabulary.OUTCOME_REGEX);
        Vocabulary.OUTCOMES.forEach((words, code) -> {
            assertThat(pattern.matcher(words).matches()).as("'%s' accepted", words).isTrue();
            assertThat(Vocabulary.outcome(words)).as("'%s'", words).isEqualTo(code);
            assertThat(Vocabulary.outcomeList(words)).as("'%s' as a list", words).containsExactly(code);
        });
        Arrays.stream(AdultOutcome.values()).forEach(o -> assertThat(Vocabulary.outcome(o.name())).isEqualTo(o.name()));
        Arrays.stream(CarerOutcome.values()).forEach(o -> assertThat(Vocabulary.outcome(o.name())).isEqualTo(o.name()));
        assertThat(pattern.matcher("PERSONAL_HYGIENE").matches()).isTrue();
    }

    @Test
    void listsOfOutcomesMayHoldCommasInsideTheirWording() {
        assertThat(Vocabulary.outcomeList("accessing and engaging in work, training, education or volunteering, nutrition and toilet needs"))
            .containsExactly("WORK_TRAINING_EDUCATION_VOLUNTEERING", "NUTRITION", "TOILET_NEEDS");
        assertThat(Vocabulary.outcomeList("NUTRITION, PERSONAL_HYGIENE")).containsExactly("NUTRITION", "PERSONAL_HYGIENE");
        assertThat(Vocabulary.outcomeList("none")).isEmpty();
    }

    @Test
    void everyWayCanBeWrittenInWordsOrAsItsCode() {
        Pattern way = Pattern.compile(Vocabulary.WAY_REGEX);
        for (Way w : Way.values()) {
            assertThat(way.matcher(w.name()).matches()).as(w.name()).isTrue();
            assertThat(Vocabulary.way(w.name())).isEqualTo(w.name());
        }
        Map.of("not achieved without assistance", "UNABLE_WITHOUT_ASSISTANCE",
                "achieved only with significant pain, distress or anxiety", "SIGNIFICANT_PAIN_DISTRESS_ANXIETY",
                "achieved but endangers health or safety", "ENDANGERS_HEALTH_OR_SAFETY",
                "achieved but takes significantly longer", "TAKES_SIGNIFICANTLY_LONGER", "achieved", "ACHIEVED")
            .forEach((words, code) -> {
                assertThat(way.matcher(words).matches()).as(words).isTrue();
                assertThat(Vocabulary.way(words)).as(words).isEqualTo(code);
            });
        ParameterTypes types = new ParameterTypes();
        Pattern how = Pattern.compile(Vocabulary.HOW_REGEX);
        Map.of("only with prompting", "UNABLE_WITHOUT_ASSISTANCE",
                "without assistance but only with significant pain, distress or anxiety", "SIGNIFICANT_PAIN_DISTRESS_ANXIETY",
                "only by endangering their health or safety", "ENDANGERS_HEALTH_OR_SAFETY",
                "but it takes significantly longer than would normally be expected", "TAKES_SIGNIFICANTLY_LONGER",
                "without assistance", "ACHIEVED")
            .forEach((words, code) -> {
                assertThat(how.matcher(words).matches()).as(words).isTrue();
                assertThat(types.how(words)).as(words).isEqualTo(code);
            });
    }

    @Test
    void everyFacsCodeCanBeWritten() {
        check(Vocabulary.BAND_REGEX, Vocabulary.BANDS, FacsBand.values());
        check(Vocabulary.CHOICE_AND_CONTROL_REGEX, Vocabulary.CHOICE_AND_CONTROL, ChoiceAndControl.values());
        check(Vocabulary.ABUSE_OR_NEGLECT_REGEX, Vocabulary.ABUSE_OR_NEGLECT, AbuseOrNeglect.values());
        check(Vocabulary.EXTENT_REGEX, Vocabulary.EXTENTS, Extent.values());
    }

    private static void check(String regex, Map<String, String> vocabulary, Enum<?>[] codes) {
        Pattern pattern = Pattern.compile(regex);
        for (Enum<?> code : codes) {
            assertThat(pattern.matcher(code.name()).matches()).as(code.name()).isTrue();
            assertThat(Vocabulary.code(vocabulary, code.name(), "code")).isEqualTo(code.name());
        }
        vocabulary.values().forEach(code -> assertThat(Arrays.stream(codes).map(Enum::name)).contains(code));
    }

    // ------------------------------------------------------------------ the RAS

    /** Every domain of the shipped questionnaire can be written by its title or its code, and means that domain. */
    @Test
    void everyDomainOfTheShippedQuestionnaireCanBeWrittenByItsTitleOrCode() throws IOException {
        Pattern pattern = Pattern.compile(Vocabulary.DOMAIN_REGEX);
        Map<String, String> titles = new LinkedHashMap<>();
        Matcher m = Pattern.compile("new Domain\\(\"([A-Z_]+)\", \"([^\"]+)\"")
            .matcher(Files.readString(Path.of("rules/allocation/common/questionnaire.drl")));
        while (m.find()) {
            titles.put(m.group(2), m.group(1));
        }
        assertThat(titles).hasSize(11);
        titles.forEach((title, code) -> {
            for (String words : List.of(title, code, title.toLowerCase(java.util.Locale.ROOT))) {
                assertThat(pattern.matcher(words).matches()).as("'%s' accepted", words).isTrue();
                assertThat(Vocabulary.domain(words)).as("'%s'", words).isEqualTo(code);
            }
        });
        Vocabulary.DOMAINS.forEach((words, code) -> {
            assertThat(pattern.matcher(words).matches()).as("'%s' accepted", words).isTrue();
            assertThat(titles).containsValue(code);
        });
        assertThat(Vocabulary.domain("sleep and rest")).as("a council's own domain, by its words").isEqualTo("SLEEP_AND_REST");
        assertThat(pattern.matcher("every domain").matches()).as("'every domain …' is a step of its own").isFalse();
    }

    @Test
    void severalAnswersOnOneLine() {
        assertThat(Vocabulary.answerList("personal care D, work, learning and volunteering C and staying safe B"))
            .containsExactly(Map.entry("PERSONAL_CARE", "D"), Map.entry("WORK_LEARNING_VOLUNTEERING", "C"), Map.entry("STAYING_SAFE", "B"));
        assertThat(Vocabulary.answerList("PERSONAL_CARE E and COMPLEX_NEEDS_OR_BEHAVIOUR E"))
            .containsExactly(Map.entry("PERSONAL_CARE", "E"), Map.entry("COMPLEX_NEEDS_OR_BEHAVIOUR", "E"));
        assertThat(Vocabulary.answerList("eating and drinking D; daily living tasks at home C"))
            .containsExactly(Map.entry("EATING_AND_DRINKING", "D"), Map.entry("DAILY_LIVING_TASKS", "C"));
    }

    @Test
    void moneyIsReadExactlyKeepingThePenniesAsWritten() {
        Pattern pattern = Pattern.compile(Vocabulary.MONEY_REGEX);
        Map.of("£116.00", "116.00", "£6,032.00", "6032.00", "£120", "120", "-£11.60", "-11.60", "£-0.40", "-0.40", "£26,000.00", "26000.00")
            .forEach((text, amount) -> {
                assertThat(pattern.matcher(text).matches()).as(text).isTrue();
                assertThat(Vocabulary.money(text)).as(text).isEqualTo(new BigDecimal(amount));
            });
        for (String bad : List.of("116.00", "£1,23.00", "£116.005", "£")) {
            assertThat(pattern.matcher(bad).matches()).as(bad).isFalse();
        }
    }

    /** Every panel reason and adjustment the rules can give is in the vocabulary, so a scenario can name each. */
    @Test
    void everyPanelReasonAndAdjustmentTheRulesGiveCanBeWritten() throws IOException {
        String rules;
        try (Stream<Path> files = Files.list(Path.of("rules/allocation/common"))) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                all.append(Files.readString(f));
            }
            rules = all.toString();
        }
        Matcher reasons = Pattern.compile("new PanelReason\\(\"([A-Z_]+)\"").matcher(rules);
        int count = 0;
        while (reasons.find()) {
            count++;
            assertThat(Vocabulary.panelReasons(reasons.group(1))).containsExactly(reasons.group(1));
        }
        assertThat(count).isEqualTo(7);
        Pattern adjustment = Pattern.compile(Vocabulary.ADJUSTMENT_REGEX);
        Matcher adjustments = Pattern.compile("new Adjustment\\(\"([A-Z_]+)\"").matcher(rules);
        count = 0;
        while (adjustments.find()) {
            count++;
            assertThat(adjustment.matcher(adjustments.group(1)).matches()).as(adjustments.group(1)).isTrue();
            assertThat(Vocabulary.code(Vocabulary.ADJUSTMENTS, adjustments.group(1), "adjustment")).isEqualTo(adjustments.group(1));
        }
        assertThat(count).isEqualTo(3);
        Vocabulary.ADJUSTMENTS.keySet().forEach(words -> assertThat(adjustment.matcher(words).matches()).as(words).isTrue());
        assertThat(Vocabulary.panelReasons("the amount is above the ceiling, two carers are needed at once and behaviour that challenges"))
            .containsExactly("ABOVE_CEILING", "EXCEPTIONAL_TWO_CARERS", "EXCEPTIONAL_BEHAVIOUR");
    }

    @Test
    void everyRoutePanelOutcomeAndMethodCanBeWritten() {
        check(".*", Vocabulary.ROUTES, uk.carerules.allocation.DeliveryRoute.values());
        check(Vocabulary.PANEL_OUTCOME_REGEX, Vocabulary.PANEL_OUTCOMES, uk.carerules.allocation.PanelOutcome.values());
        Pattern method = Pattern.compile(Vocabulary.METHOD_REGEX);
        Vocabulary.METHODS.forEach((words, code) -> assertThat(method.matcher(words).matches()).as(words).isTrue());
        Pattern outcome = Pattern.compile(Vocabulary.PANEL_OUTCOME_REGEX);
        Vocabulary.PANEL_OUTCOMES.keySet().forEach(words -> assertThat(outcome.matcher(words).matches()).as(words).isTrue());
    }

    @Test
    void everyDecisionAScenarioCanPointAtIsUnderstood() {
        Pattern pattern = Pattern.compile(Vocabulary.DECISION_REGEX);
        World world = new World();
        world.made.add(new World.Made("ELIGIBILITY", "e"));
        world.made.add(new World.Made("ALLOCATION", "a"));
        world.made.add(new World.Made("SUPPORT_PLAN", "s"));
        world.made.add(new World.Made("PANEL_DECISION", "p"));
        world.made.add(new World.Made("CARER_ALLOCATION", "c"));
        world.correction = "c";
        world.corrected = "e";
        Map.ofEntries(Map.entry("that decision", "c"), Map.entry("the decision", "c"), Map.entry("the first decision", "e"),
                Map.entry("the earlier decision", "e"), Map.entry("the correction", "c"), Map.entry("the corrected decision", "e"),
                Map.entry("the eligibility decision", "e"), Map.entry("the allocation", "a"), Map.entry("the indicative budget", "a"),
                Map.entry("the carer's budget", "c"), Map.entry("the support plan", "s"), Map.entry("the panel decision", "p"),
                Map.entry("the panel's decision", "p"))
            .forEach((words, id) -> {
                assertThat(pattern.matcher(words).matches()).as(words).isTrue();
                assertThat(world.decision(words)).as(words).isEqualTo(id);
            });
    }
}
