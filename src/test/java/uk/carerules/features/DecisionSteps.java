package uk.carerules.features;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Steps that check the answer: the outcome, the band, the reasons, refusals, and the stored record. */
public class DecisionSteps {

    private final World world = World.get();

    // ------------------------------------------------------------------ outcome

    @Then("^the (?:person's |adult's |carer's )?needs are eligible$")
    public void eligible() {
        assertThat(decision().path("eligible").asBoolean()).as("eligible\n%s", world.describe()).isTrue();
    }

    @Then("^the (?:person's |adult's |carer's )?needs are not eligible$")
    public void notEligible() {
        assertThat(decision().path("eligible").asBoolean(true)).as("eligible\n%s", world.describe()).isFalse();
    }

    @Then("the person's/adult's needs are in the {band} band")
    @Then("the needs are in the {band} band")
    @Then("the band is {band}")
    public void band(String band) {
        assertThat(decision().path("band").asText()).as("band\n%s", world.describe()).isEqualTo(band);
    }

    @Then("the person's/adult's needs fall in no band")
    @Then("the needs fall in no band")
    public void noBand() {
        band("NONE");
    }

    @Then("the council's threshold is {band}")
    @Then("the threshold is {band}")
    public void threshold(String band) {
        assertThat(decision().path("threshold").asText()).as("threshold\n%s", world.describe()).isEqualTo(band);
    }

    @Then("there is no band and no threshold")
    public void noBandNoThreshold() {
        JsonNode d = decision();
        assertThat(d.path("band").isNull()).as("band is null\n%s", world.describe()).isTrue();
        assertThat(d.path("threshold").isNull()).as("threshold is null\n%s", world.describe()).isTrue();
    }

    @Then("the decision is made under {regime}")
    @Then("the decision was made under {regime}")
    public void regime(String regime) {
        assertThat(decision().path("regime").asText()).as("regime\n%s", world.describe()).isEqualTo(regime);
    }

    @Then("^the outcomes not achieved are:? (.+)$")
    public void outcomesNotAchieved(String list) {
        Set<String> expected = Vocabulary.outcomeList(list);
        assertThat(texts(decision().path("outcomesNotAchieved"))).as("outcomes not achieved\n%s", world.describe())
            .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Then("no outcome is recorded as not achieved")
    @Then("every outcome is achieved")
    public void noOutcomesNotAchieved() {
        outcomesNotAchieved("none");
    }

    // ------------------------------------------------------------------ reasons and rules

    @Then("a reason cites {string}")
    public void reasonCites(String citation) {
        assertThat(reasons()).as("a reason whose source contains '%s'\n%s", citation, world.describe())
            .anyMatch(r -> contains(r.path("source").asText(), citation));
    }

    @Then("no reason cites {string}")
    public void noReasonCites(String citation) {
        assertThat(reasons()).as("no reason whose source contains '%s'\n%s", citation, world.describe())
            .noneMatch(r -> contains(r.path("source").asText(), citation));
    }

    @Then("a reason says {string}")
    @Then("the reasons mention {string}")
    public void reasonSays(String words) {
        assertThat(reasons()).as("a reason whose text contains '%s'\n%s", words, world.describe())
            .anyMatch(r -> contains(r.path("text").asText(), words));
    }

    @Then("no reason says {string}")
    @Then("the reasons do not mention {string}")
    public void noReasonSays(String words) {
        assertThat(reasons()).as("no reason whose text contains '%s'\n%s", words, world.describe())
            .noneMatch(r -> contains(r.path("text").asText(), words));
    }

    @Then("a reason is given by the rule {string}")
    public void reasonByRule(String rule) {
        assertThat(reasons()).as("a reason given by the rule '%s'\n%s", rule, world.describe())
            .anyMatch(r -> r.path("rule").asText().equals(rule));
    }

    @Then("no reason is given by the rule {string}")
    public void noReasonByRule(String rule) {
        assertThat(reasons()).as("no reason given by the rule '%s'\n%s", rule, world.describe())
            .noneMatch(r -> r.path("rule").asText().equals(rule));
    }

    /** Every rule in the table (one name a row) gives a reason. */
    @Then("the reasons are given by the rules:")
    public void reasonsByRules(DataTable rules) {
        rules.asList().forEach(this::reasonByRule);
    }

    @Then("the rule {string} fired")
    public void ruleFired(String rule) {
        assertThat(texts(decision().path("rulesFired"))).as("rules fired\n%s", world.describe()).contains(rule);
    }

    @Then("the rule {string} did not fire")
    public void ruleDidNotFire(String rule) {
        assertThat(texts(decision().path("rulesFired"))).as("rules fired\n%s", world.describe()).doesNotContain(rule);
    }

    @Then("every reason names its rule, its text and its source")
    public void reasonsComplete() {
        List<JsonNode> reasons = reasons();
        assertThat(reasons).as("reasons\n%s", world.describe()).isNotEmpty();
        for (JsonNode r : reasons) {
            for (String part : List.of("rule", "text", "source")) {
                assertThat(r.path(part).asText("")).as("%s of reason %s", part, r).isNotBlank();
            }
        }
    }

    // ------------------------------------------------------------------ refusals

    @Then("the decision is made and stored")
    @Then("the decision is accepted")
    public void accepted() {
        decision();
        assertThat(world.storedAfter).as("decisions stored").isEqualTo(world.storedBefore + 1);
    }

    @Then("the decision is refused with status {int}")
    public void refused(int status) {
        assertThat(world.last).as("a request was sent").isNotNull();
        assertThat(world.last.status()).as("status\n%s", world.describe()).isEqualTo(status);
        assertThat(world.last.contentType()).as("content type\n%s", world.describe()).startsWith("application/problem+json");
        assertThat(world.last.json().path("status").asInt()).as("status in the problem\n%s", world.describe()).isEqualTo(status);
        nothingStored();
    }

    @Then("the decision is refused with status {int} and a message containing {string}")
    public void refusedWithMessage(int status, String words) {
        refused(status);
        assertThat(problemText()).as("the problem's detail and errors\n%s", world.describe()).containsIgnoringCase(words);
    }

    @Then("the problem names the field {string}")
    public void problemNamesField(String field) {
        assertThat(texts(world.last.json().path("errors"), "field")).as("errors[].field\n%s", world.describe()).contains(field);
    }

    @Then("nothing is stored")
    @Then("nothing was stored")
    public void nothingStored() {
        assertThat(world.storedAfter).as("decisions stored before and after the request").isEqualTo(world.storedBefore);
    }

    // ------------------------------------------------------------------ the stored record

    @Then("the stored decision can be read back with the same outcome")
    public void readBack() {
        JsonNode made = decision();
        String id = made.path("decisionId").asText();
        World.Answer got = world.send("GET", "/api/decisions/" + id, null);
        String shown = "GET /api/decisions/" + id + " answered " + got.status() + ":\n" + got.text() + "\nThe decision was:\n" + world.last.text();
        assertThat(got.status()).as(shown).isEqualTo(200);
        JsonNode stored = got.json();
        assertThat(stored.path("decisionId").asText()).as(shown).isEqualTo(id);
        assertThat(stored.path("kind").asText()).as(shown).isEqualTo("ELIGIBILITY");
        assertThat(stored.path("regime").asText()).as(shown).isEqualTo(made.path("regime").asText());
        assertThat(stored.path("personRef").asText()).as(shown).isEqualTo(made.path("personRef").asText());
        assertThat(stored.path("assessmentDate").asText()).as(shown).isEqualTo(made.path("assessmentDate").asText());
        assertThat(stored.path("outcome").asText()).as(shown).isEqualTo(made.path("eligible").asBoolean() ? "ELIGIBLE" : "NOT_ELIGIBLE");
        assertThat(stored.path("rulesetVersion").asText()).as(shown).isEqualTo(made.path("rulesetVersion").asText());
        JsonNode output = stored.path("output");
        assertThat(output.path("eligible")).as(shown).isEqualTo(made.path("eligible"));
        assertThat(output.path("band")).as(shown).isEqualTo(made.path("band"));
        assertThat(output.path("threshold")).as(shown).isEqualTo(made.path("threshold"));
        assertThat(output.path("outcomesNotAchieved")).as(shown).isEqualTo(made.path("outcomesNotAchieved"));
        assertThat(stored.path("reasons")).as(shown).isEqualTo(made.path("reasons"));
        assertThat(stored.path("rulesFired")).as(shown).isEqualTo(made.path("rulesFired"));
        JsonNode sent = World.JSON.valueToTree(world.request);
        JsonNode input = stored.path("input");
        for (Iterator<Map.Entry<String, JsonNode>> it = sent.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            assertThat(input.path(field.getKey())).as("stored input field %s\n%s", field.getKey(), shown).isEqualTo(field.getValue());
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The decision the service made; fails, showing the problem, if it refused the request. */
    private JsonNode decision() {
        if (world.last == null) {
            fail("No decision has been asked for: add 'When the eligibility decision is made' before the Then steps.");
        }
        if (world.last.status() != 201) {
            fail("The service did not make a decision. " + world.describe());
        }
        return world.last.json();
    }

    private List<JsonNode> reasons() {
        List<JsonNode> list = new ArrayList<>();
        decision().path("reasons").forEach(list::add);
        return list;
    }

    private String problemText() {
        JsonNode p = world.last.json();
        StringBuilder text = new StringBuilder(p.path("title").asText()).append('\n').append(p.path("detail").asText());
        p.path("errors").forEach(e -> text.append('\n').append(e.path("field").asText()).append(": ").append(e.path("message").asText()));
        return text.toString();
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> set = new LinkedHashSet<>();
        array.forEach(n -> set.add(n.asText()));
        return set;
    }

    private static Set<String> texts(JsonNode array, String field) {
        Set<String> set = new LinkedHashSet<>();
        array.forEach(n -> set.add(n.path(field).asText()));
        return set;
    }

    private static boolean contains(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
