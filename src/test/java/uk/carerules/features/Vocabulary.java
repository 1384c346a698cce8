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

    // ------------------------------------------------------------------ the RAS: questionnaire domains and answers

    /**
     * The questionnaire's domains: their titles in the shipped rules (questionnaire.drl) and short names.
     * A domain not listed here (a council's own) may be written by its code or by words that make its code
     * ("sleep and rest" for SLEEP_AND_REST): the service checks it against the questionnaire in force.
     */
    static final Map<String, String> DOMAINS = words(
        "PERSONAL_CARE", List.of("personal care"),
        "EATING_AND_DRINKING", List.of("eating and drinking", "eating"),
        "PHYSICAL_AND_MENTAL_WELLBEING", List.of("physical and mental wellbeing", "wellbeing"),
        "DAILY_LIVING_TASKS", List.of("daily living tasks at home", "daily living tasks", "daily living"),
        "RELATIONSHIPS", List.of("relationships"),
        "COMMUNITY_PARTICIPATION", List.of("community participation", "community"),
        "WORK_LEARNING_VOLUNTEERING", List.of("work, learning and volunteering", "work learning and volunteering", "work"),
        "DECISIONS_AND_CHOICES", List.of("making decisions and choices", "decisions and choices", "making decisions"),
        "STAYING_SAFE", List.of("staying safe", "risk"),
        "COMPLEX_NEEDS_OR_BEHAVIOUR", List.of("complex needs or behaviour that challenges", "complex needs or behaviour", "complex needs",
            "behaviour that challenges", "behaviour"),
        "INFORMAL_SUPPORT", List.of("support from family, friends or an unpaid carer", "informal support", "unpaid carer support",
            "an unpaid carer's support", "unpaid carer's support", "support from an unpaid carer"));

    /** Any domain's words (letters, digits, spaces, commas, apostrophes, hyphens), not "every …": checked by {@link #domain}. */
    static final String DOMAIN_REGEX = "(?!every |the answer )[A-Za-z][A-Za-z0-9 ,'’_-]*";

    /** The code of a domain: a known title or short name, else the words made into a code. */
    static String domain(String words) {
        String code = DOMAINS.get(normalise(words));
        if (code != null) {
            return code;
        }
        String made = normalise(words).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (made.isEmpty()) {
            throw new IllegalArgumentException("'" + words + "' is not a questionnaire domain. Known: " + String.join("; ", DOMAINS.keySet()));
        }
        return made;
    }

    /** An answer to a question: one letter (A = no help needed … D or E = the most help). */
    static final String ANSWER_REGEX = "[A-Za-z]";

    /**
     * Several answers in one line: "personal care D, work, learning and volunteering C and staying safe B"
     * (commas, semicolons or "and" between them; each answer a capital letter after its domain).
     */
    static Map<String, String> answerList(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(.+?)\\s+(?:is answered\\s+|at\\s+|:\\s*)?([A-Z])\\s*(?:,|;|\\band\\b|$)")
            .matcher(text.trim());
        Map<String, String> answers = new LinkedHashMap<>();
        int at = 0;
        while (at < text.trim().length() && m.find(at) && m.start() == at) {
            answers.put(domain(m.group(1)), m.group(2));
            at = m.end();
        }
        if (answers.isEmpty() || at < text.trim().length()) {
            throw new IllegalArgumentException("Cannot read the answers in '" + text + "' (stopped at '" + text.trim().substring(Math.min(at,
                text.trim().length())) + "'). Write each domain then its answer as a capital letter, e.g. 'personal care D and staying safe B'.");
        }
        return answers;
    }

    // ------------------------------------------------------------------ the RAS: money, method, adjustments, panel, routes

    /** An amount of money: £116.00, £6,032.00, £120, -£11.60 (or £-11.60). */
    static final String MONEY_REGEX = "-?£-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{1,2})?";

    /** The amount, keeping the pennies as written (£120 is 120, £120.00 is 120.00). */
    static java.math.BigDecimal money(String text) {
        String t = text.trim();
        boolean negative = t.startsWith("-") || t.startsWith("£-");
        java.math.BigDecimal amount = new java.math.BigDecimal(t.replace("£", "").replace(",", "").replace("-", ""));
        return negative ? amount.negate() : amount;
    }

    /** A financial year as the rates folders name it, e.g. 2024-25. */
    static final String YEAR_REGEX = "\\d{4}-\\d{2}";

    static final Map<String, String> METHODS = words(
        "PRICE_PER_POINT", List.of("price per point", "a price per point", "the price per point"),
        "BANDED_TABLE", List.of("banded table", "a banded table", "the banded table"));
    static final String METHOD_REGEX = "(?i:(?:a |the )?price[ _]per[ _]point|(?:a |the )?banded[ _]table)";

    static final Map<String, String> ADJUSTMENTS = words(
        "INFORMAL_SUPPORT", List.of("informal support", "an unpaid carer's support", "unpaid carer's support", "unpaid carer support",
            "an unpaid carer's continuing support", "unpaid care"),
        "MINIMUM", List.of("the minimum", "the minimum weekly amount", "raising to the minimum"),
        "MAXIMUM", List.of("the maximum", "the maximum weekly amount", "the ceiling", "the RAS ceiling", "ceiling", "capping at the ceiling"));
    static final String ADJUSTMENT_REGEX = "(?i:informal[ _]support|(?:an )?unpaid carer(?:'s)?(?: continuing)? support|unpaid care"
        + "|(?:raising to )?the minimum(?: weekly amount)?|minimum"
        + "|the maximum(?: weekly amount)?|maximum|(?:capping at )?the (?:RAS )?ceiling|ceiling)";

    /** Why a case goes to the panel: the codes the rules give (panel.drl, calculation.drl, support-plan.drl) and plain words. */
    static final Map<String, String> PANEL_REASONS = words(
        "ABOVE_CEILING", List.of("the amount is above the ceiling", "the amount is above the RAS ceiling", "above the ceiling",
            "above the RAS ceiling", "ceiling"),
        "ABOVE_SIGN_OFF_THRESHOLD", List.of("the amount is above the sign-off threshold", "above the sign-off threshold",
            "above the sign off threshold", "the sign-off threshold"),
        "EXCEPTIONAL_TWO_CARERS", List.of("two carers are needed at once", "two carers needed at once", "two people are needed at once",
            "two carers", "exceptional need for two carers"),
        "EXCEPTIONAL_BEHAVIOUR", List.of("behaviour that challenges at the highest level", "behaviour that challenges",
            "exceptional behaviour", "exceptional need from behaviour"),
        "PLAN_ABOVE_TOLERANCE", List.of("the plan is above the tolerance", "the plan is above tolerance", "the plan is beyond tolerance",
            "the plan costs more than the tolerance allows", "plan above tolerance", "above tolerance", "beyond tolerance"),
        "PLAN_ABOVE_SIGN_OFF_THRESHOLD", List.of("the plan is above the sign-off threshold", "plan above the sign-off threshold",
            "the plan costs more than the sign-off threshold"),
        "ALLOCATION_REFERRED", List.of("the indicative budget was referred to the panel", "the indicative budget was referred",
            "the allocation was referred", "allocation referred"));

    /** A list of panel reasons separated by commas or "and"; words or codes. */
    static Set<String> panelReasons(String text) {
        Set<String> codes = new LinkedHashSet<>();
        for (String part : normalise(text).replaceAll("\\.$", "").split("\\s*,\\s*|\\s+and\\s+")) {
            if (!part.isBlank()) {
                codes.add(code(PANEL_REASONS, part, "reason for the panel"));
            }
        }
        return codes;
    }

    static final Map<String, String> ROUTES = words(
        "DIRECT_PAYMENT", List.of("direct payment", "a direct payment", "DP"),
        "MANAGED_ACCOUNT", List.of("managed account", "a managed account", "managed direct payment", "a managed direct payment"),
        "INDIVIDUAL_SERVICE_FUND", List.of("individual service fund", "an individual service fund", "ISF"),
        "COUNCIL_ARRANGED", List.of("council arranged", "council-arranged", "council arranged services", "council-arranged services",
            "arranged by the council"));

    static final Map<String, String> PANEL_OUTCOMES = words(
        "APPROVED", List.of("approved", "approves", "approve"),
        "ADJUSTED", List.of("adjusted", "adjusts", "adjust"),
        "DECLINED", List.of("declined", "declines", "decline"));
    static final String PANEL_OUTCOME_REGEX = "(?i:approved?|approves|adjust(?:ed|s)?|declined?|declines)";

    // ------------------------------------------------------------------ audit: which decision

    /** The decisions a scenario can point at (see {@code World#decision}). */
    static final String DECISION_REGEX = "(?i:that decision|the decision|the last decision|the earlier decision|the first decision"
        + "|the correction|the corrected decision|the original decision|the eligibility decision|the allocation(?: decision)?"
        + "|the indicative budget(?: decision)?|the carer's (?:personal )?budget(?: decision)?|the support plan(?: decision)?"
        + "|the panel(?:'s)? decision)";

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
