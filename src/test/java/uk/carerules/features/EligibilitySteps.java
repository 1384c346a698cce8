package uk.carerules.features;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Steps that write an eligibility assessment the way an assessor records it: who, when, under which
 * law, and each finding. Anything not said is the everyday answer (no risk under FACS; outcome
 * achieved; see features/README.md for the starting point of each kind of assessment).
 */
public class EligibilitySteps {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private final World world = World.get();

    // ------------------------------------------------------------------ who, when, which law, which rules

    @Given("a(n) adult/person assessed on {date} under FACS( 2010)")
    public void assessedUnderFacs(String date) {
        begin("facs", date);
        Map<String, Object> facs = world.section("facs");
        facs.put("lifeThreatened", false);
        facs.put("significantHealthProblems", false);
        facs.put("choiceAndControl", "FULL");
        facs.put("abuseOrNeglect", "NONE");
        facs.put("personalCareAndDomesticRoutines", "NONE");
        facs.put("workEducationLearning", "NONE");
        facs.put("socialSupportSystems", "NONE");
        facs.put("familyAndSocialRoles", "NONE");
    }

    @Given("a(n) adult/person assessed on {date} under the Care Act( 2014)")
    public void assessedUnderCareAct(String date) {
        begin("careAct", date);
        Map<String, Object> careAct = world.section("careAct");
        careAct.put("impairmentOrIllness", true);
        careAct.put("significantImpactOnWellbeing", false);
        careAct.put("outcomes", new LinkedHashMap<String, Object>());
    }

    @Given("a carer assessed on {date}( under the Care Act)( 2014)")
    public void carerAssessed(String date) {
        begin("carer", date);
        Map<String, Object> carer = world.section("carer");
        carer.put("needsFromProvidingNecessaryCare", true);
        carer.put("healthAtRisk", false);
        carer.put("significantImpactOnWellbeing", false);
        carer.put("outcomes", new LinkedHashMap<String, Object>());
    }

    @Given("the assessment date is {date}")
    public void assessmentDate(String date) {
        world.request.put("assessmentDate", date);
    }

    @Given("the person's reference is {string}")
    @Given("the person reference is {string}")
    public void personRef(String ref) {
        world.request.put("personRef", ref);
    }

    @Given("the rules in {string}")
    @Given("the candidate rules in {string}")
    @Given("the decision is made with the rules in {string}")
    public void rulesIn(String dir) {
        world.rulesDir = dir;
    }

    @Given("the live rules")
    public void liveRules() {
        world.rulesDir = Services.DEFAULT_RULES;
    }

    // ------------------------------------------------------------------ FACS 2010 (the national table, POLICY.md §2)

    @Given("the person's/adult's life is, or will be, threatened")
    @Given("the person's/adult's life is threatened")
    @Given("the person's/adult's life will be threatened")
    @Given("life is, or will be, threatened")
    public void lifeThreatened() {
        facs().put("lifeThreatened", true);
    }

    @Given("significant health problems have developed( or will develop)")
    @Given("significant health problems will develop")
    @Given("the person/adult has significant health problems")
    public void significantHealthProblems() {
        facs().put("significantHealthProblems", true);
    }

    @Given("there is {choice} choice and control over (vital aspects of )the immediate environment")
    @Given("there is, or will be, {choice} choice and control over (vital aspects of )the immediate environment")
    @Given("the person/adult has {choice} choice and control over (vital aspects of )their immediate environment")
    public void choiceAndControl(String level) {
        facs().put("choiceAndControl", level);
    }

    @Given("{abuse} has occurred( or will occur)")
    @Given("{abuse} will occur")
    public void abuseOrNeglect(String finding) {
        facs().put("abuseOrNeglect", finding);
    }

    @Given("the person/adult cannot carry out {extent} (of )(their )personal care or domestic routines")
    @Given("the person/adult is unable to carry out {extent} (of )(their )personal care or domestic routines")
    @Given("there is, or will be, an inability to carry out {extent} (of )(their )personal care or domestic routines")
    public void personalCare(String extent) {
        facs().put("personalCareAndDomesticRoutines", extent);
    }

    @Given("the person/adult can carry out all their personal care and domestic routines")
    public void personalCareAll() {
        facs().put("personalCareAndDomesticRoutines", "NONE");
    }

    @Given("involvement in {extent} (aspects )(of )(their )work, education or learning cannot( or will not) be sustained")
    @Given("involvement in {extent} (aspects )(of )(their )work, education or learning will not be sustained")
    public void work(String extent) {
        facs().put("workEducationLearning", extent);
    }

    @Given("vital involvement in work, education or learning cannot( or will not) be sustained")
    @Given("vital involvement in work, education or learning will not be sustained")
    public void workVital() {
        facs().put("workEducationLearning", "VITAL");
    }

    @Given("{extent} (of )(their )social support systems and relationships cannot( or will not) be sustained")
    @Given("{extent} (of )(their )social support systems and relationships will not be sustained")
    public void socialSupport(String extent) {
        facs().put("socialSupportSystems", extent);
    }

    @Given("{extent} (of )(their )family and (other )social roles( and responsibilities) cannot( or will not) be undertaken")
    @Given("{extent} (of )(their )family and (other )social roles( and responsibilities) will not be undertaken")
    public void familyRoles(String extent) {
        facs().put("familyAndSocialRoles", extent);
    }

    @Given("the FACS answer {string} is {string}")
    public void facsAnswer(String field, String value) {
        facs().put(field, literal(value));
    }

    // ------------------------------------------------------------------ Care Act 2014: adults (reg 2) and carers (reg 3)

    @Given("the needs arise from (or are related to )a physical or mental impairment or illness")
    @Given("the adult's/person's needs arise from (or are related to )a physical or mental impairment or illness")
    public void impairment() {
        careAct().put("impairmentOrIllness", true);
    }

    @Given("the needs do not arise from (or relate to )a physical or mental impairment or illness")
    @Given("the adult's/person's needs do not arise from (or relate to )a physical or mental impairment or illness")
    public void noImpairment() {
        careAct().put("impairmentOrIllness", false);
    }

    @Given("there is(, or is likely to be,) a significant impact on the adult's/person's/carer's wellbeing")
    public void significantImpact() {
        either().put("significantImpactOnWellbeing", true);
    }

    @Given("there is no significant impact on the adult's/person's/carer's wellbeing")
    @Given("there is not, and is not likely to be, a significant impact on the adult's/person's/carer's wellbeing")
    public void noSignificantImpact() {
        either().put("significantImpactOnWellbeing", false);
    }

    @Given("the carer's needs arise from providing necessary care( for an adult)")
    @Given("the carer's needs arise as a consequence of providing necessary care( for an adult)")
    public void caring() {
        carer().put("needsFromProvidingNecessaryCare", true);
    }

    @Given("the carer's needs do not arise from providing necessary care( for an adult)")
    @Given("the carer's needs do not arise as a consequence of providing necessary care( for an adult)")
    public void notCaring() {
        carer().put("needsFromProvidingNecessaryCare", false);
    }

    @Given("the carer's (physical or mental )health is at risk( of deteriorating)")
    @Given("the carer's (physical or mental )health is deteriorating")
    @Given("the carer's (physical or mental )health is, or is at risk of, deteriorating")
    public void healthAtRisk() {
        carer().put("healthAtRisk", true);
    }

    @Given("the carer's (physical or mental )health is not at risk( of deteriorating)")
    public void healthNotAtRisk() {
        carer().put("healthAtRisk", false);
    }

    @Given("the adult/person/carer cannot achieve {outcome}( without assistance)")
    @Given("the adult/person/carer is unable to achieve {outcome}( without assistance)")
    public void unable(String outcome) {
        outcomes().put(outcome, "UNABLE_WITHOUT_ASSISTANCE");
    }

    @Given("the adult/person/carer can achieve {outcome} {how}")
    public void achievesHow(String outcome, String way) {
        outcomes().put(outcome, way);
    }

    @Given("the adult/person/carer can achieve {outcome}")
    public void achieves(String outcome) {
        outcomes().put(outcome, "ACHIEVED");
    }

    @Given("the outcome {outcome} is {way}")
    public void outcomeIs(String outcome, String way) {
        outcomes().put(outcome, way);
    }

    /** A table of outcome and way, one row each; a first row "outcome | way" is a heading. */
    @Given("the outcomes are:")
    @Given("the outcomes are assessed as:")
    public void outcomesTable(DataTable table) {
        for (List<String> row : table.asLists()) {
            if (row.size() != 2) {
                throw new IllegalArgumentException("Each row needs two cells, the outcome and the way: " + row);
            }
            if (Vocabulary.normalise(row.get(0)).equals("outcome")) {
                continue;
            }
            outcomes().put(Vocabulary.outcome(row.get(0)), Vocabulary.way(row.get(1)));
        }
    }

    // ------------------------------------------------------------------ any field, for bad-input scenarios

    /** Sets a field by its path in the body, e.g. "facs.choiceAndControl"; "true", "false", numbers and null are JSON values. */
    @Given("the request field {string} is {string}")
    public void requestField(String path, String value) {
        parentOf(path).put(last(path), literal(value));
    }

    @Given("the request field {string} is left out")
    public void requestFieldLeftOut(String path) {
        parentOf(path).remove(last(path));
    }

    // ------------------------------------------------------------------ the decision

    @When("the eligibility decision is made")
    @When("the decision is made")
    @When("the assessor asks for an eligibility decision")
    public void decide() {
        world.decide("/api/eligibility", world.requestJson());
    }

    // ------------------------------------------------------------------ helpers

    private void begin(String assessment, String date) {
        world.assessment = assessment;
        world.request.putIfAbsent("personRef", "P-" + (1000 + PEOPLE.incrementAndGet()));
        world.request.put("assessmentDate", date);
    }

    private Map<String, Object> facs() {
        return expect("facs", "Given an adult assessed on 2012-03-01 under FACS");
    }

    private Map<String, Object> careAct() {
        return expect("careAct", "Given an adult assessed on 2024-05-10 under the Care Act");
    }

    private Map<String, Object> carer() {
        return expect("carer", "Given a carer assessed on 2024-05-10");
    }

    private Map<String, Object> either() {
        if (!"careAct".equals(world.assessment) && !"carer".equals(world.assessment)) {
            throw new IllegalStateException("This step is for a Care Act assessment of an adult or a carer. Start the scenario with "
                + "'Given an adult assessed on 2024-05-10 under the Care Act' or 'Given a carer assessed on 2024-05-10'.");
        }
        return world.section(world.assessment);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> outcomes() {
        return (Map<String, Object>) either().computeIfAbsent("outcomes", k -> new LinkedHashMap<String, Object>());
    }

    private Map<String, Object> expect(String assessment, String start) {
        if (!assessment.equals(world.assessment)) {
            throw new IllegalStateException("This step is for a '" + assessment + "' assessment, but the scenario "
                + (world.assessment == null ? "has not started one" : "started a '" + world.assessment + "' one")
                + ". Start the scenario with '" + start + "'.");
        }
        return world.section(assessment);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parentOf(String path) {
        Map<String, Object> map = world.request;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            Object child = map.get(parts[i]);
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                map.put(parts[i], child);
            }
            map = (Map<String, Object>) child;
        }
        return map;
    }

    private static String last(String path) {
        String[] parts = path.split("\\.");
        return parts[parts.length - 1];
    }

    /** "true", "false", "null", numbers, objects and lists as JSON; anything else as a string. */
    private static Object literal(String value) {
        String v = value.trim();
        if (v.equals("true") || v.equals("false") || v.equals("null") || v.matches("-?\\d+(\\.\\d+)?") || v.startsWith("{") || v.startsWith("[")) {
            try {
                return World.JSON.readValue(v, Object.class);
            } catch (JsonProcessingException e) {
                return value;
            }
        }
        return value;
    }
}
