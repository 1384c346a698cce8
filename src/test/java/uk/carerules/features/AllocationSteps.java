package uk.carerules.features;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Steps for the Resource Allocation System as an assessor and a panel use it: a person (or a carer) whose
 * needs were found eligible, the questionnaire answers, the indicative budget and how it was reached, a
 * carer's budget, the costed support plan, and the panel's decision. Every step goes over HTTP to the real
 * service; every figure a scenario expects is worked out by hand from the rules files.
 */
public class AllocationSteps {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    /** The scoring domains of the shipped questionnaire, for when no questionnaire is in force on the date (the service then refuses). */
    private static final List<String> SHIPPED_DOMAINS = List.of("PERSONAL_CARE", "EATING_AND_DRINKING", "PHYSICAL_AND_MENTAL_WELLBEING",
        "DAILY_LIVING_TASKS", "RELATIONSHIPS", "COMMUNITY_PARTICIPATION", "WORK_LEARNING_VOLUNTEERING", "DECISIONS_AND_CHOICES",
        "STAYING_SAFE", "COMPLEX_NEEDS_OR_BEHAVIOUR");
    private static final String INFORMAL_SUPPORT = "INFORMAL_SUPPORT";

    private final World world = World.get();

    // ------------------------------------------------------------------ who: a person or carer found eligible (or not)

    @Given("a(n) person/adult whose needs were found eligible on {date}")
    public void personFoundEligible(String date) {
        found(false, date, true);
    }

    @Given("a(n) person/adult whose needs were found not eligible on {date}")
    public void personFoundNotEligible(String date) {
        found(false, date, false);
    }

    @Given("a carer whose needs were found eligible on {date}")
    public void carerFoundEligible(String date) {
        found(true, date, true);
    }

    @Given("a carer whose needs were found not eligible on {date}")
    public void carerFoundNotEligible(String date) {
        found(true, date, false);
    }

    // ------------------------------------------------------------------ the questionnaire

    @Given("the questionnaire is answered on {date} with every domain at {answer} and informal support {answer}")
    public void answeredOnWithEveryDomainAt(String date, String level, String informal) {
        allocation().put("assessmentDate", date);
        everyDomainAt(level, informal);
    }

    @Given("the questionnaire is answered with every domain at {answer} and informal support {answer}")
    public void everyDomainAt(String level, String informal) {
        for (String domain : scoringDomains()) {
            answers().put(domain, level);
        }
        answers().put(INFORMAL_SUPPORT, informal);
    }

    @Given("the questionnaire is answered on {date} with every domain at its highest answer and informal support {answer}")
    public void answeredOnWithEveryDomainAtItsHighest(String date, String informal) {
        allocation().put("assessmentDate", date);
        everyDomainAtItsHighest(informal);
    }

    @Given("the questionnaire is answered with every domain at its highest answer and informal support {answer}")
    public void everyDomainAtItsHighest(String informal) {
        JsonNode questionnaire = questionnaire();
        if (questionnaire == null) {
            throw new IllegalStateException("No questionnaire is in force on " + allocation().get("assessmentDate") + ", so there is no highest answer.");
        }
        for (JsonNode domain : questionnaire.path("domains")) {
            String code = domain.path("code").asText();
            if (!code.equals(INFORMAL_SUPPORT)) {
                JsonNode highest = null;
                for (JsonNode a : domain.path("answers")) {
                    if (highest == null || a.path("points").asInt() > highest.path("points").asInt()) {
                        highest = a;
                    }
                }
                answers().put(code, highest.path("code").asText());
            }
        }
        answers().put(INFORMAL_SUPPORT, informal);
    }

    @Given("the questionnaire is answered on {date}")
    public void answeredOn(String date) {
        allocation().put("assessmentDate", date);
    }

    @Given("every domain is answered {answer}")
    public void everyDomainAnswered(String level) {
        for (String domain : scoringDomains()) {
            answers().put(domain, level);
        }
    }

    @Given("{domain} is answered {answer}")
    @Given("the answer for/to {domain} is {answer}")
    public void answer(String domain, String answer) {
        answers().put(domain, answer);
    }

    @Given("{domain} is not answered")
    public void notAnswered(String domain) {
        answers().remove(domain);
    }

    /** A table of domain and answer, one row each; a first row "domain | answer" is a heading. */
    @Given("the answers are:")
    public void answersTable(DataTable table) {
        for (List<String> row : table.asLists()) {
            if (row.size() != 2) {
                throw new IllegalArgumentException("Each row needs two cells, the domain and the answer: " + row);
            }
            if (Vocabulary.normalise(row.get(0)).equals("domain")) {
                continue;
            }
            answers().put(Vocabulary.domain(row.get(0)), row.get(1).trim().toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** "the answers are personal care D, staying safe C and work, learning and volunteering B" */
    @Given("^the answers are (.+ [A-Z])$")
    public void answersInLine(String list) {
        answers().putAll(Vocabulary.answerList(list));
    }

    /** Sets a field of the request to the id of a decision made in this scenario, e.g. "eligibilityDecisionId" to the corrected decision. */
    @Given("the request field {string} is {decision}")
    public void requestFieldIsDecision(String field, String which) {
        world.request.put(field, world.decision(which));
    }

    // ------------------------------------------------------------------ asking for the budget

    @When("the indicative budget is worked out")
    @When("the indicative personal budget is worked out")
    @When("the indicative budget is calculated")
    @When("the assessor asks for the indicative budget")
    public void workOut() {
        answers();
        world.decide("/api/allocations", json(world.request));
    }

    @When("the indicative budget is worked out again as a correction")
    @When("the indicative personal budget is worked out again as a correction")
    public void workOutAgainAsCorrection() {
        answers();
        correcting("ALLOCATION", world.request, () -> world.decide("/api/allocations", json(world.request)));
    }

    @When("a carer's (personal )budget is asked for")
    @When("the carer's (personal )budget is worked out")
    public void carerBudget() {
        world.decide("/api/carer-allocations", json(carerRequest()));
    }

    @When("the carer's (personal )budget is worked out again as a correction")
    public void carerBudgetAgainAsCorrection() {
        Map<String, Object> body = carerRequest();
        correcting("CARER_ALLOCATION", body, () -> world.decide("/api/carer-allocations", json(body)));
    }

    // ------------------------------------------------------------------ the support plan

    /** A table with a heading row: service | unit | quantity per week | unit cost | route (route may be left out). */
    @When("the support plan is costed as:")
    public void supportPlan(DataTable table) {
        Map<String, Object> plan = plan(table);
        world.decide("/api/allocations/" + world.latest("ALLOCATION") + "/support-plan", json(plan));
    }

    @When("the support plan is costed again as a correction, as:")
    @When("a corrected support plan is costed as:")
    public void supportPlanAgainAsCorrection(DataTable table) {
        Map<String, Object> plan = plan(table);
        correcting("SUPPORT_PLAN", plan, () -> world.decide("/api/allocations/" + world.latest("ALLOCATION") + "/support-plan", json(plan)));
    }

    // ------------------------------------------------------------------ the panel

    @When("the panel decides {panelOutcome} because {string}")
    public void panelDecides(String outcome, String reason) {
        panel(outcome, null, reason, false);
    }

    @When("the panel decides {panelOutcome} at {money} a week because {string}")
    public void panelDecidesAt(String outcome, BigDecimal weekly, String reason) {
        panel(outcome, weekly, reason, false);
    }

    @When("the panel decides {panelOutcome}")
    public void panelDecidesWithoutReason(String outcome) {
        panel(outcome, null, null, false);
    }

    @When("the panel decides {panelOutcome} at {money} a week")
    public void panelDecidesAtWithoutReason(String outcome, BigDecimal weekly) {
        panel(outcome, weekly, null, false);
    }

    @When("the panel changes its decision to {panelOutcome} because {string}")
    public void panelChanges(String outcome, String reason) {
        panel(outcome, null, reason, true);
    }

    @When("the panel changes its decision to {panelOutcome} at {money} a week because {string}")
    public void panelChangesAt(String outcome, BigDecimal weekly, String reason) {
        panel(outcome, weekly, reason, true);
    }

    // ------------------------------------------------------------------ checking the indicative budget

    @Then("the total points are {int}")
    @Then("the answers score {int} points( in all)")
    public void totalPoints(int points) {
        assertThat(made("ALLOCATION").path("totalPoints").asInt(-1)).as("total points\n%s", world.describe()).isEqualTo(points);
    }

    @Then("{domain} scores {int} point(s)")
    public void domainPoints(String domain, int points) {
        JsonNode scored = made("ALLOCATION").path("domainPoints");
        assertThat(scored.has(domain)).as("a score for %s among %s\n%s", domain, scored, world.describe()).isTrue();
        assertThat(scored.path(domain).asInt()).as("points for %s\n%s", domain, world.describe()).isEqualTo(points);
    }

    @Then("the weekly indicative budget is {money}")
    @Then("the indicative budget is {money} a week")
    public void weekly(BigDecimal amount) {
        money(made("ALLOCATION"), "weeklyIndicativeBudget", amount);
    }

    @Then("the annual indicative budget is {money}")
    @Then("the indicative budget is {money} a year")
    public void annual(BigDecimal amount) {
        money(made("ALLOCATION"), "annualIndicativeBudget", amount);
    }

    @Then("the amount before adjustments is {money} a week")
    public void baseWeekly(BigDecimal amount) {
        money(made("ALLOCATION"), "baseWeekly", amount);
    }

    @Then("the method is {method}")
    public void method(String method) {
        assertThat(made("ALLOCATION").path("method").asText()).as("method\n%s", world.describe()).isEqualTo(method);
    }

    @Then("the method is price per point at {money}( a point)( a week)")
    public void pricePerPoint(BigDecimal price) {
        method("PRICE_PER_POINT");
        money(made("ALLOCATION"), "pricePerPoint", price);
    }

    @Then("the points fall in the band {int} to {int}( points)")
    public void band(int from, int to) {
        method("BANDED_TABLE");
        JsonNode band = made("ALLOCATION").path("band");
        assertThat(band.path("fromPoints").asInt(-1)).as("band from\n%s", world.describe()).isEqualTo(from);
        assertThat(band.path("toPoints").asInt(-1)).as("band to\n%s", world.describe()).isEqualTo(to);
    }

    @Then("the points fall in the band {int} to {int} points, which gives {money} a week")
    public void bandGiving(int from, int to, BigDecimal weekly) {
        band(from, to);
        money(made("ALLOCATION").path("band"), "weekly", weekly);
    }

    @Then("there is an adjustment for {adjustment} of {money}")
    public void adjustment(String kind, BigDecimal amount) {
        JsonNode found = adjustmentOf(kind);
        assertThat(found).as("an adjustment for %s\n%s", kind, world.describe()).isNotNull();
        money(found, "amount", amount);
    }

    @Then("there is no adjustment for {adjustment}")
    public void noAdjustment(String kind) {
        assertThat(adjustmentOf(kind)).as("no adjustment for %s\n%s", kind, world.describe()).isNull();
    }

    @Then("there are no adjustments")
    @Then("there is no adjustment")
    public void noAdjustments() {
        assertThat(made("ALLOCATION").path("adjustments").size()).as("adjustments\n%s", world.describe()).isZero();
    }

    @Then("the rates are those of {year}")
    @Then("the financial year is {year}")
    public void financialYear(String year) {
        assertThat(made("ALLOCATION").path("financialYear").asText()).as("financial year\n%s", world.describe()).isEqualTo(year);
    }

    @Then("the figures are marked as an example calibration")
    public void exampleFigures() {
        assertThat(made("ALLOCATION").path("exampleFigures").asBoolean()).as("exampleFigures\n%s", world.describe()).isTrue();
    }

    // ------------------------------------------------------------------ checking the panel referral (indicative budget or support plan)

    @Then("^the panel is needed because (.+)$")
    @Then("^the plan needs the panel because (.+)$")
    public void panelNeededBecause(String reasons) {
        Set<String> expected = Vocabulary.panelReasons(reasons);
        panelNeeded();
        assertThat(panelReasonCodes()).as("reasons for the panel\n%s", world.describe()).containsAll(expected);
    }

    @Then("^the only reasons? for the panel (?:is|are):? (.+)$")
    public void onlyPanelReasons(String reasons) {
        Set<String> expected = Vocabulary.panelReasons(reasons);
        panelNeeded();
        assertThat(panelReasonCodes()).as("reasons for the panel\n%s", world.describe()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Then("^the panel is not needed because (.+)$")
    @Then("^the plan does not need the panel because (.+)$")
    public void notBecause(String reasons) {
        assertThat(panelReasonCodes()).as("reasons for the panel\n%s", world.describe()).doesNotContainAnyElementsOf(Vocabulary.panelReasons(reasons));
    }

    @Then("the panel is needed")
    @Then("the plan needs the panel")
    public void panelNeeded() {
        assertThat(decided().path("panel").path("required").asBoolean()).as("panel required\n%s", world.describe()).isTrue();
    }

    @Then("no panel is needed")
    @Then("the panel is not needed")
    @Then("the plan can be agreed without the panel")
    @Then("the plan does not need the panel")
    public void noPanel() {
        assertThat(decided().path("panel").path("required").asBoolean(true)).as("panel required\n%s", world.describe()).isFalse();
        assertThat(panelReasonCodes()).as("reasons for the panel\n%s", world.describe()).isEmpty();
    }

    // ------------------------------------------------------------------ checking a carer's budget

    @Then("the carer's (personal )budget is {money}")
    public void carerAmount(BigDecimal amount) {
        money(made("CARER_ALLOCATION"), "amount", amount);
    }

    @Then("the carer's (personal )budget is {money} as a one-off payment")
    public void carerOneOff(BigDecimal amount) {
        carerAmount(amount);
        assertThat(made("CARER_ALLOCATION").path("frequency").asText()).as("frequency\n%s", world.describe()).isEqualTo("ONE_OFF");
    }

    @Then("the carer's (personal )budget is given under the scheme {string}")
    public void carerScheme(String scheme) {
        assertThat(made("CARER_ALLOCATION").path("scheme").asText()).as("scheme\n%s", world.describe()).isEqualTo(scheme);
    }

    // ------------------------------------------------------------------ checking the support plan

    @Then("the plan costs {money} a week")
    public void planCost(BigDecimal amount) {
        money(made("SUPPORT_PLAN"), "weeklyCost", amount);
    }

    @Then("line {int} of the plan costs {money} a week")
    public void lineCost(int line, BigDecimal amount) {
        JsonNode lines = made("SUPPORT_PLAN").path("lines");
        assertThat(lines.size()).as("lines in the plan\n%s", world.describe()).isGreaterThanOrEqualTo(line);
        money(lines.get(line - 1), "weekly", amount);
    }

    @Then("the plan costs {money} a week more than the indicative budget")
    public void planMore(BigDecimal amount) {
        money(made("SUPPORT_PLAN"), "variance", amount);
    }

    @Then("the plan costs {money} a week less than the indicative budget")
    public void planLess(BigDecimal amount) {
        money(made("SUPPORT_PLAN"), "variance", amount.negate());
    }

    @Then("the plan is checked against an indicative budget of {money} a week")
    public void planAgainst(BigDecimal amount) {
        money(made("SUPPORT_PLAN"), "indicativeWeekly", amount);
    }

    @Then("the tolerance is {money} a week")
    public void tolerance(BigDecimal amount) {
        money(made("SUPPORT_PLAN"), "toleranceWeekly", amount);
    }

    @Then("the plan is within (the )tolerance")
    public void withinTolerance() {
        assertThat(made("SUPPORT_PLAN").path("withinTolerance").asBoolean()).as("within tolerance\n%s", world.describe()).isTrue();
    }

    @Then("the plan is beyond/outside (the )tolerance")
    public void beyondTolerance() {
        assertThat(made("SUPPORT_PLAN").path("withinTolerance").asBoolean(true)).as("within tolerance\n%s", world.describe()).isFalse();
    }

    // ------------------------------------------------------------------ checking the panel's decision

    @Then("the panel decision is recorded as {panelOutcome}")
    public void panelRecorded(String outcome) {
        JsonNode decision = made("PANEL_DECISION");
        assertThat(decision.path("decision").asText()).as("panel decision\n%s", world.describe()).isEqualTo(outcome);
        String id = decision.path("decisionId").asText();
        World.Answer stored = world.send("GET", "/api/decisions/" + id, null);
        String shown = "GET /api/decisions/" + id + " answered " + stored.status() + ":\n" + stored.text();
        assertThat(stored.status()).as(shown).isEqualTo(200);
        assertThat(stored.json().path("kind").asText()).as(shown).isEqualTo("PANEL_DECISION");
        assertThat(stored.json().path("outcome").asText()).as(shown).isEqualTo(outcome);
        assertThat(stored.json().path("relatedDecisionId").asText()).as(shown).isEqualTo(world.latest("ALLOCATION"));
        assertThat(stored.json().path("output").path("reason").asText()).as(shown).isEqualTo(decision.path("reason").asText());
        if (outcome.equals("DECLINED")) {
            assertThat(decision.path("agreedWeekly").isNull()).as("no amount is agreed when the panel declines\n%s", world.describe()).isTrue();
        }
    }

    @Then("the panel decision is recorded as {panelOutcome} with {money} a week")
    public void panelRecordedWith(String outcome, BigDecimal weekly) {
        panelRecorded(outcome);
        money(made("PANEL_DECISION"), "agreedWeekly", weekly);
    }

    @Then("^the panel decision records that the case was referred because (.+)$")
    public void panelReferredFor(String reasons) {
        Set<String> codes = new LinkedHashSet<>();
        made("PANEL_DECISION").path("referredFor").forEach(r -> codes.add(r.path("code").asText()));
        assertThat(codes).as("referred for\n%s", world.describe()).containsAll(Vocabulary.panelReasons(reasons));
    }

    // ------------------------------------------------------------------ refusals

    @Then("^the (?:allocation|indicative budget|indicative personal budget|carer's budget|carer's personal budget|support plan|plan|panel decision|correction|request) is refused with status (\\d+)$")
    public void refused(int status) {
        new DecisionSteps().refused(status);
    }

    @Then("^the (?:allocation|indicative budget|indicative personal budget|carer's budget|carer's personal budget|support plan|plan|panel decision|correction|request) is refused with status (\\d+) and a message containing \"(.*)\"$")
    public void refusedWithMessage(int status, String words) {
        new DecisionSteps().refusedWithMessage(status, words);
    }

    // ------------------------------------------------------------------ helpers

    private void found(boolean carer, String date, boolean eligible) {
        String person = world.request.get("personRef") instanceof String ref ? ref : (carer ? "C-" : "P-") + (5000 + PEOPLE.incrementAndGet());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personRef", person);
        body.put("assessmentDate", date);
        if (carer) {
            // reg 3: needs from caring; health at risk (condition 2) only when eligible; a significant impact on wellbeing
            body.put("carer", Map.of("needsFromProvidingNecessaryCare", true, "healthAtRisk", eligible, "significantImpactOnWellbeing", true,
                "outcomes", Map.of()));
        } else {
            // reg 2: two outcomes not achieved make the needs eligible; one does not
            Map<String, Object> outcomes = new LinkedHashMap<>();
            outcomes.put("PERSONAL_HYGIENE", "UNABLE_WITHOUT_ASSISTANCE");
            if (eligible) {
                outcomes.put("NUTRITION", "UNABLE_WITHOUT_ASSISTANCE");
            }
            body.put("careAct", Map.of("impairmentOrIllness", true, "significantImpactOnWellbeing", true, "outcomes", outcomes));
        }
        World.Answer answer = world.send("POST", "/api/eligibility", json(body));
        if (answer.status() != 201 || answer.json().path("eligible").asBoolean() != eligible) {
            fail("Could not record that the " + (carer ? "carer's" : "person's") + " needs were found " + (eligible ? "" : "not ")
                + "eligible on " + date + ": the service answered " + answer.status() + ":\n" + answer.text());
        }
        world.remember(answer);
        startFrom(answer.json());
    }

    /** The request for a budget now rests on this eligibility decision. */
    private void startFrom(JsonNode eligibility) {
        world.request.clear();
        world.assessment = "allocation";
        world.request.put("personRef", eligibility.path("personRef").asText());
        world.request.put("assessmentDate", eligibility.path("assessmentDate").asText());
        world.request.put("eligibilityDecisionId", eligibility.path("decisionId").asText());
        world.last = null;
    }

    /** The request for an indicative or carer's budget; after an eligibility decision made with the eligibility steps, it rests on that one. */
    private Map<String, Object> allocation() {
        if (!"allocation".equals(world.assessment)) {
            if (world.last != null && world.last.status() == 201 && "ELIGIBILITY".equals(world.last.json().path("kind").asText())) {
                startFrom(world.last.json());
            } else {
                throw new IllegalStateException("A budget needs the eligibility decision it rests on. Start with 'Given a person whose needs "
                    + "were found eligible on 2024-05-10' (or 'a carer whose needs …'), or make an eligibility decision first.");
            }
        }
        return world.request;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> answers() {
        return (Map<String, Object>) allocation().computeIfAbsent("answers", k -> new LinkedHashMap<String, Object>());
    }

    /** The same request without the questionnaire: a carer's budget does not use it. */
    private Map<String, Object> carerRequest() {
        Map<String, Object> body = new LinkedHashMap<>(allocation());
        body.remove("answers");
        body.remove("clientGroup");
        return body;
    }

    /** Sends a decision that supersedes the latest decision of {@code kind}, and remembers both. */
    private void correcting(String kind, Map<String, Object> body, Runnable send) {
        String old = world.latest(kind);
        body.put("supersedes", old);
        try {
            send.run();
        } finally {
            body.remove("supersedes");
        }
        world.corrected = old;
        if (world.last.status() == 201) {
            world.correction = world.last.json().path("decisionId").asText();
        }
    }

    /** The questionnaire in force on the request's assessment date, or null if none is. */
    private JsonNode questionnaire() {
        World.Answer q = world.send("GET", "/api/questionnaire?date=" + allocation().get("assessmentDate"), null);
        return q.status() == 200 ? q.json() : null;
    }

    private List<String> scoringDomains() {
        JsonNode q = questionnaire();
        if (q == null) {
            return SHIPPED_DOMAINS;
        }
        List<String> codes = new ArrayList<>();
        q.path("domains").forEach(d -> {
            if (!d.path("code").asText().equals(INFORMAL_SUPPORT)) {
                codes.add(d.path("code").asText());
            }
        });
        return codes;
    }

    private Map<String, Object> plan(DataTable table) {
        List<List<String>> rows = table.asLists();
        List<String> first = rows.get(0).stream().map(c -> c == null ? "" : Vocabulary.normalise(c)).toList();
        boolean heading = first.stream().anyMatch(c -> c.equals("service"));
        int service = heading ? column(first, "service") : 0;
        int unit = heading ? column(first, "unit") : 1;
        int quantity = heading ? column(first, "quantity", "hours", "a week") : 2;
        int cost = heading ? column(first, "cost", "price", "rate") : 3;
        int route = heading ? optionalColumn(first, "route", "delivered", "taken as", "how") : (first.size() > 4 ? 4 : -1);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (List<String> row : heading ? rows.subList(1, rows.size()) : rows) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("service", row.get(service));
            line.put("unit", row.get(unit));
            line.put("quantityPerWeek", new BigDecimal(row.get(quantity).trim()));
            line.put("unitCost", Vocabulary.money(row.get(cost).trim().startsWith("£") ? row.get(cost) : "£" + row.get(cost).trim()));
            if (route >= 0 && row.get(route) != null && !row.get(route).isBlank()) {
                line.put("route", Vocabulary.code(Vocabulary.ROUTES, row.get(route), "delivery route"));
            }
            lines.add(line);
        }
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("lines", lines);
        return plan;
    }

    private static int column(List<String> heading, String... words) {
        int at = optionalColumn(heading, words);
        if (at < 0) {
            throw new IllegalArgumentException("The support plan table needs a column for " + String.join(" / ", words)
                + "; its heading is " + heading + ". Write: | service | unit | quantity per week | unit cost | route |");
        }
        return at;
    }

    /** The column whose heading is one of {@code words}, else the first whose heading contains one. */
    private static int optionalColumn(List<String> heading, String... words) {
        for (String w : words) {
            if (heading.contains(w)) {
                return heading.indexOf(w);
            }
        }
        for (int i = 0; i < heading.size(); i++) {
            for (String w : words) {
                if (heading.get(i).contains(w)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private void panel(String outcome, BigDecimal weekly, String reason, boolean change) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", outcome);
        if (weekly != null) {
            body.put("agreedWeekly", weekly);
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        String path = "/api/allocations/" + world.latest("ALLOCATION") + "/panel-decision";
        if (change) {
            correcting("PANEL_DECISION", body, () -> world.decide(path, json(body)));
        } else {
            world.decide(path, json(body));
        }
    }

    /** The decision the service just made, which must be of {@code kind}. */
    private JsonNode made(String kind) {
        JsonNode made = decided();
        assertThat(made.path("kind").asText()).as("the last decision should be a %s one\n%s", kind, world.describe()).isEqualTo(kind);
        return made;
    }

    private JsonNode decided() {
        if (world.last == null) {
            fail("Nothing has been asked for yet: add a When line, e.g. 'When the indicative budget is worked out'.");
        }
        if (world.last.status() != 201) {
            fail("The service did not make a decision. " + world.describe());
        }
        return world.last.json();
    }

    private Set<String> panelReasonCodes() {
        Set<String> codes = new LinkedHashSet<>();
        decided().path("panel").path("reasons").forEach(r -> codes.add(r.path("code").asText()));
        return codes;
    }

    private JsonNode adjustmentOf(String kind) {
        for (JsonNode a : made("ALLOCATION").path("adjustments")) {
            if (a.path("kind").asText().equals(kind)) {
                return a;
            }
        }
        return null;
    }

    /** The amount is right, and written as API.md says money is: a JSON number in pounds with two decimals. */
    private void money(JsonNode node, String field, BigDecimal expected) {
        JsonNode value = node.path(field);
        assertThat(value.isNumber()).as("%s is a number, not %s\n%s", field, value, world.describe()).isTrue();
        assertThat(value.decimalValue()).as("%s\n%s", field, world.describe()).isEqualByComparingTo(expected);
        assertThat(value.decimalValue().scale()).as("%s (%s) is in pounds with two decimals\n%s", field, value, world.describe()).isEqualTo(2);
    }

    static String json(Object body) {
        try {
            return World.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
