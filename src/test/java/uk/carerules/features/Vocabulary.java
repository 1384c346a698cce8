package uk.carerules.features;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The plain-English words practitioners write in scenarios, and the API codes they stand for.
 * Every word is matched ignoring case; an API code (e.g. {@code PERSONAL_HYGIENE}) is always accepted
 * too. features/README.md lists the same words: change both together.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    // ------------------------------------------------------------------ Care Act outcomes (SI 2015/313)

    /** Adult (reg 2(2)) and carer (reg 3(2)(b)) outcomes: wording, short names and codes. */
    static final Map<String, String> OUTCOMES = words(
        "NUTRITION", List.of("managing and maintaining nutrition", "maintaining nutrition", "nutrition"),
        "PERSONAL_HYGIENE", List.of("maintaining personal hygiene", "personal hygiene"),
        "TOILET_NEEDS", List.of("managing toilet needs", "toilet needs"),
        "APPROPRIATELY_CLOTHED", List.of("being appropriately clothed", "appropriately clothed"),
        "HOME_SAFELY", List.of("being able to make use of the adult's home safely", "being able to make use of their home safely",
            "being able to make use of the home safely", "making use of the home safely", "using the home safely", "home safely"),
        "HABITABLE_HOME", List.of("maintaining a habitable home environment in the carer's home", "maintaining a habitable home environment",
            "maintaining a habitable home", "habitable home"),
        "RELATIONSHIPS", List.of("developing and maintaining family or other personal relationships",
            "developing and maintaining family or other significant personal relationships",
            "developing and maintaining family or other significant relationships", "relationships"),
        "WORK_TRAINING_EDUCATION_VOLUNTEERING", List.of("accessing and engaging in work, training, education or volunteering",
            "engaging in any work, training, education or volunteering", "engaging in work, training, education or volunteering",
            "work, training, education or volunteering", "work training education volunteering"),
        "COMMUNITY_FACILITIES", List.of(
            "making use of necessary facilities or services in the local community, including public transport, and recreational facilities or services",
            "making use of necessary facilities or services in the local community including public transport and recreational facilities",
            "making use of necessary facilities or services in the local community, including public transport and recreational facilities",
            "making use of necessary facilities or services in the local community, including recreational facilities or services",
            "making use of necessary facilities or services in the local community", "community facilities"),
        "CARING_FOR_CHILD", List.of("carrying out any caring responsibilities the adult has for a child",
            "carrying out any caring responsibilities the carer has for a child", "carrying out caring responsibilities for a child",
            "caring responsibilities for a child", "caring for a child", "caring for child"),
        "CARING_FOR_OTHERS", List.of("providing care to other persons for whom the carer provides care",
            "providing care to other persons for whom they care", "providing care to others", "caring for others"),
        "RECREATION", List.of("engaging in recreational activities", "recreational activities", "recreation"));

    /** The same words as a regular expression (built by hand: annotations need a constant). */
    static final String OUTCOME_REGEX = "(?i:"
        + "(?:managing and )?maintaining nutrition|nutrition"
        + "|(?:maintaining )?personal[ _]hygiene"
        + "|(?:managing )?toilet[ _]needs"
        + "|(?:being )?appropriately[ _]clothed"
        + "|being able to make use of (?:the adult's|their|the) home safely|making use of the home safely|using the home safely|home[ _]safely"
        + "|maintaining a habitable home environment in the carer's home|maintaining a habitable home(?: environment)?|habitable[ _]home"
        + "|developing and maintaining family or other (?:significant )?(?:personal )?relationships|relationships"
        + "|(?:accessing and engaging in |engaging in (?:any )?)?work, training, education or volunteering|work[ _]training[ _]education[ _]volunteering"
        + "|making use of necessary facilities or services in the local community(?:,? including public transport,? and recreational facilities(?: or services)?|, including recreational facilities or services)?|community[ _]facilities"
        + "|(?:carrying out )?(?:any )?caring responsibilities (?:the adult has |the carer has )?for a child|caring for a child|caring[ _]for[ _]child"
        + "|providing care to other persons for whom (?:the carer provides care|they care)|providing care to others|caring[ _]for[ _]others"
        + "|(?:engaging in )?recreational activities|recreation"
        + ")";

    /** The code of one outcome written in words the regular expression above accepted. */
    static String outcome(String words) {
        String w = normalise(words);
        String[][] keywords = {
            {"nutrition", "NUTRITION"}, {"hygiene", "PERSONAL_HYGIENE"}, {"toilet", "TOILET_NEEDS"},
            {"clothed", "APPROPRIATELY_CLOTHED"}, {"home safely", "HOME_SAFELY"}, {"habitable", "HABITABLE_HOME"},
            {"relationships", "RELATIONSHIPS"}, {"volunteering", "WORK_TRAINING_EDUCATION_VOLUNTEERING"},
            {"community", "COMMUNITY_FACILITIES"}, {"child", "CARING_FOR_CHILD"}, {"others", "CARING_FOR_OTHERS"},
            {"other persons", "CARING_FOR_OTHERS"}, {"recreation", "RECREATION"}};
        for (String[] k : keywords) {
            if (w.contains(k[0])) {
                return k[1];
            }
        }
        return code(OUTCOMES, words, "outcome");
    }

    // ------------------------------------------------------------------ ways of being unable (reg 2(3), 3(3))

    /**
     * What follows "the adult can achieve nutrition …": e.g. "only with assistance", "only with significant
     * pain, distress or anxiety", "but it endangers their health or safety", "but it takes significantly longer".
     */
    static final String HOW_REGEX = "(?i:"
        + "only with (?:assistance or prompting|assistance|prompting|help)"
        + "|(?:without assistance,? )?(?:but )?only with significant pain, distress,? or anxiety"
        + "|(?:without assistance,? )?but (?:it|doing so) (?:endangers|is likely to endanger|would endanger) (?:the |their |his |her )?health or safety(?: of the (?:adult|carer|person) or others| of (?:themselves|the adult|the carer) or others| or that of others| of others)?"
        + "|only by endangering (?:the |their |his |her )?health or safety(?: or that of others)?"
        + "|(?:without assistance,? )?but (?:it )?takes significantly longer(?: than would normally be expected)?"
        + "|without difficulty|unaided|without assistance"
        + ")";

    /** A way written on its own, as in tables and "the outcome nutrition is …": plain words or the API code. */
    static final String WAY_REGEX = "(?i:"
        + "(?:not achieved|unable(?: to achieve it)?) without assistance|unable[ _]without[ _]assistance"
        + "|(?:achieved |able )?only with significant pain, distress,? or anxiety|significant[ _]pain,?[ _]distress,?[ _](?:or[ _])?anxiety"
        + "|(?:achieved but |able but )?endangers (?:the |their )?health or safety|endangers[ _]health[ _]or[ _]safety"
        + "|(?:achieved but |able but )?takes significantly longer|takes[ _]significantly[ _]longer"
        + "|achieved"
        + ")";

    /** The API code of a way, from the words that describe it (checked in this order). */
    static String way(String words) {
        String w = normalise(words);
        if (w.contains("pain") || w.contains("distress") || w.contains("anxiety")) {
            return "SIGNIFICANT_PAIN_DISTRESS_ANXIETY";
        }
        if (w.contains("endanger")) {
            return "ENDANGERS_HEALTH_OR_SAFETY";
        }
        if (w.contains("longer")) {
            return "TAKES_SIGNIFICANTLY_LONGER";
        }
        if (w.contains("unable") || w.contains("not achieved") || w.contains("assistance") || w.contains("prompting") || w.contains("help")) {
            return "UNABLE_WITHOUT_ASSISTANCE";
        }
        if (w.equals("achieved") || w.contains("without difficulty") || w.contains("unaided")) {
            return "ACHIEVED";
        }
        throw new IllegalArgumentException("'" + words + "' is not a way of achieving an outcome. Use one of: "
            + "not achieved without assistance; achieved only with significant pain, distress or anxiety; "
            + "achieved but endangers health or safety; achieved but takes significantly longer; achieved (or the API codes "
            + "UNABLE_WITHOUT_ASSISTANCE, SIGNIFICANT_PAIN_DISTRESS_ANXIETY, ENDANGERS_HEALTH_OR_SAFETY, TAKES_SIGNIFICANTLY_LONGER, ACHIEVED)");
    }

    // ------------------------------------------------------------------ FACS

    static final Map<String, String> BANDS = words(
        "CRITICAL", List.of("critical"), "SUBSTANTIAL", List.of("substantial"), "MODERATE", List.of("moderate"),
        "LOW", List.of("low"), "NONE", List.of("none", "no"));
    static final String BAND_REGEX = "(?i:critical|substantial|moderate|low|none)";

    static final Map<String, String> CHOICE_AND_CONTROL = words(
        "FULL", List.of("full"), "PARTIAL", List.of("only partial", "partial"),
        "LITTLE_OR_NONE", List.of("little or no", "little or none", "little"));
    static final String CHOICE_AND_CONTROL_REGEX = "(?i:full|only partial|partial|little or no|little[ _]or[ _]none)";

    static final Map<String, String> ABUSE_OR_NEGLECT = words(
        "SERIOUS", List.of("serious abuse or neglect", "serious"), "ABUSE_OR_NEGLECT", List.of("abuse or neglect"),
        "NONE", List.of("no abuse or neglect", "none"));
    static final String ABUSE_OR_NEGLECT_REGEX = "(?i:serious abuse or neglect|no abuse or neglect|abuse[ _]or[ _]neglect|serious|none)";

    static final Map<String, String> EXTENTS = words(
        "VITAL", List.of("vital", "all vital", "their vital"), "MAJORITY", List.of("the majority", "majority", "many", "most"),
        "SEVERAL", List.of("several"), "ONE_OR_TWO", List.of("one or two"), "NONE", List.of("none", "no"));
    static final String EXTENT_REGEX = "(?i:vital|the majority|majority|many|several|one[ _]or[ _]two|none)";

    static final Map<String, String> REGIMES = words(
        "FACS_2010", List.of("facs", "facs 2010", "fair access to care services"),
        "CARE_ACT_2014", List.of("the care act", "the care act 2014", "care act", "care act 2014"),
        "CARE_ACT_2014_CARER", List.of("the care act for carers", "care act for carers", "care act 2014 carer"));
    static final String REGIME_REGEX = "(?i:FACS(?:[ _]2010)?|Fair Access to Care Services|(?:the )?Care Act(?: 2014)? for carers|care[ _]act[ _]2014[ _]carer|(?:the )?Care[ _]Act(?:[ _]2014)?)";

    // ------------------------------------------------------------------ helpers

    /** Lower case, underscores as spaces, single spaces, straight apostrophes. */
    static String normalise(String s) {
        return s.replace('’', '\'').replace('_', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String code(Map<String, String> vocabulary, String words, String what) {
        String code = vocabulary.get(normalise(words));
        if (code == null) {
            throw new IllegalArgumentException("'" + words + "' is not a known " + what + ". Known: " + String.join("; ", vocabulary.keySet()));
        }
        return code;
    }

    /**
     * A list of outcomes in plain words or codes, separated by commas or "and" (commas inside an
     * outcome's wording are fine: the longest known wording is taken first). "none" is the empty list.
     */
    static Set<String> outcomeList(String text) {
        String rest = normalise(text);
        if (rest.endsWith(".")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        Set<String> codes = new LinkedHashSet<>();
        if (rest.equals("none") || rest.equals("nothing") || rest.isEmpty()) {
            return codes;
        }
        List<String> keys = new ArrayList<>(OUTCOMES.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        while (!rest.isEmpty()) {
            rest = rest.replaceFirst("^(?:,|\\s|and\\s)+", "");
            if (rest.isEmpty()) {
                break;
            }
            String found = null;
            for (String key : keys) {
                if (rest.startsWith(key)) {
                    String after = rest.substring(key.length());
                    if (after.isEmpty() || after.startsWith(",") || after.startsWith(" and ") || after.startsWith(" ")) {
                        found = key;
                        break;
                    }
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("Cannot read an outcome at '" + rest + "'. Known outcomes: " + String.join("; ", OUTCOMES.keySet()));
            }
            codes.add(OUTCOMES.get(found));
            rest = rest.substring(found.length());
        }
        return codes;
    }

    private static Map<String, String> words(Object... codeThenWords) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codeThenWords.length; i += 2) {
            String code = (String) codeThenWords[i];
            map.put(normalise(code), code);
            @SuppressWarnings("unchecked")
            List<String> list = (List<String>) codeThenWords[i + 1];
            list.forEach(w -> map.put(normalise(w), code));
        }
        return map;
    }
}
