package uk.carerules.features;

import org.junit.jupiter.api.Test;
import uk.carerules.eligibility.AbuseOrNeglect;
import uk.carerules.eligibility.AdultOutcome;
import uk.carerules.eligibility.CarerOutcome;
import uk.carerules.eligibility.ChoiceAndControl;
import uk.carerules.eligibility.Extent;
import uk.carerules.eligibility.FacsBand;
import uk.carerules.eligibility.Way;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;

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
}
