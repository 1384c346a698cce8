package uk.carerules.features;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import uk.carerules.support.RulesCopies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Steps for policy staff: candidates copied from the live rules and changed, validation, what-if against
 * stored decisions, and calibration of prices from sample cases. Candidates live in a copy of the shipped
 * examples made for the run (see {@link Services#candidatesRoot()}).
 */
public class PolicySteps {

    private final World world = World.get();
    private long storedBefore;
    private JsonNode job;
    private JsonNode calibration;
    private final List<Map<String, Object>> sample = new ArrayList<>();

    // ------------------------------------------------------------------ candidates

    @Given("a candidate {string} copied from the live rules")
    public void candidateFromLiveRules(String name) {
        Path target = candidate(name);
        if (Files.exists(target)) {
            RulesCopies.delete(target);
        }
        RulesCopies.copy(Path.of(Services.DEFAULT_RULES), target);
    }

    @Given("in the candidate {string}, the file {string} has {string} replaced by {string}")
    public void editCandidate(String name, String file, String from, String to) {
        RulesCopies.edit(candidate(name).resolve(file), from, to);
    }

    @Given("in the candidate {string}, the FACS threshold is changed to {band}")
    public void candidateThreshold(String name, String band) {
        Path file = candidate(name).resolve("eligibility/facs-2010/threshold.drl");
        try {
            Files.writeString(file, Files.readString(file).replaceAll("FacsBand\\.[A-Z]+", "FacsBand." + band));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @When("the candidate {string} is validated")
    @When("policy staff validate the candidate {string}")
    public void validate(String name) {
        world.last = world.send("POST", "/api/rulesets/validate", "{\"directory\":\"" + name + "\"}");
        assertThat(world.last.status()).as("validation answered\n%s", world.describe()).isEqualTo(200);
    }

    @Then("the candidate is valid")
    public void valid() {
        assertThat(world.last.json().path("valid").asBoolean()).as("valid\n%s", world.describe()).isTrue();
    }

    @Then("the candidate is not valid")
    public void notValid() {
        assertThat(world.last.json().path("valid").asBoolean(true)).as("not valid\n%s", world.describe()).isFalse();
    }

    @Then("an error is reported in {string} at the line containing {string}")
    public void errorAtLine(String file, String text) {
        int line = RulesCopies.lineOf(candidate(candidateName()).resolve(file), text);
        assertThat(problems()).as("an error in %s at line %d\n%s", file, line, world.describe())
            .anyMatch(p -> p.path("severity").asText().equals("ERROR") && p.path("file").asText().equals(file) && p.path("line").asInt() == line);
    }

    @Then("an error is reported saying {string}")
    public void errorSaying(String words) {
        assertThat(problems()).as("an error saying '%s'\n%s", words, world.describe())
            .anyMatch(p -> p.path("severity").asText().equals("ERROR") && p.path("message").asText().contains(words));
    }

    @Then("no error is reported")
    public void noError() {
        assertThat(problems()).as("no error\n%s", world.describe()).noneMatch(p -> p.path("severity").asText().equals("ERROR"));
    }

    // ------------------------------------------------------------------ what-if

    @Given("FACS decisions have been made for:")
    public void facsDecisions(DataTable table) {
        for (Map<String, String> row : table.asMaps()) {
            Map<String, Object> facs = new LinkedHashMap<>();
            facs.put("lifeThreatened", false);
            facs.put("significantHealthProblems", false);
            facs.put("choiceAndControl", "FULL");
            facs.put("abuseOrNeglect", "NONE");
            facs.put("personalCareAndDomesticRoutines", Vocabulary.code(Vocabulary.EXTENTS, row.get("personal care and domestic routines"), "extent"));
            facs.put("workEducationLearning", "NONE");
            facs.put("socialSupportSystems", "NONE");
            facs.put("familyAndSocialRoles", "NONE");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("personRef", row.get("person"));
            body.put("assessmentDate", row.get("assessed on"));
            if (row.get("client group") != null) {
                body.put("clientGroup", row.get("client group"));
            }
            body.put("facs", facs);
            World.Answer a = world.send("POST", "/api/eligibility", json(body));
            assertThat(a.status()).as("decision for %s: %s", row.get("person"), a.text()).isEqualTo(201);
        }
    }

    @When("policy staff model the candidate {string} for {word} decisions assessed from {date} to {date}")
    public void whatIf(String candidate, String kind, String from, String to) throws InterruptedException {
        storedBefore = Services.storedDecisions(world.rulesDir);
        World.Answer started = world.send("POST", "/api/what-if",
            json(Map.of("candidate", candidate, "kind", kind.toUpperCase(java.util.Locale.ROOT), "from", from, "to", to)));
        assertThat(started.status()).as("what-if started: %s", started.text()).isEqualTo(202);
        String id = started.json().path("id").asText();
        for (int i = 0; i < 600; i++) {
            World.Answer a = world.send("GET", "/api/what-if/" + id, null);
            if (!a.json().path("status").asText().equals("RUNNING")) {
                world.last = a;
                job = a.json();
                assertThat(job.path("status").asText()).as("what-if finished\n%s", a.text()).isEqualTo("DONE");
                return;
            }
            Thread.sleep(100);
        }
        fail("The what-if did not finish in a minute");
    }

    @Then("{int} decision(s) is/are re-decided")
    public void redecided(int n) {
        assertThat(report().path("decided").asInt()).as("re-decided\n%s", world.describe()).isEqualTo(n);
    }

    @Then("{int} decision(s) would change")
    public void wouldChange(int n) {
        assertThat(report().path("changed").asInt()).as("changed\n%s", world.describe()).isEqualTo(n);
    }

    @Then("{int} more people/person would be eligible")
    public void moreEligible(int n) {
        assertThat(report().path("eligibility").path("becameEligible").asInt()).as("became eligible\n%s", world.describe()).isEqualTo(n);
    }

    @Then("{int} people/person would no longer be eligible")
    public void noLongerEligible(int n) {
        assertThat(report().path("eligibility").path("becameNotEligible").asInt()).as("became not eligible\n%s", world.describe()).isEqualTo(n);
    }

    @Then("{int} people/person would move from the {band} band to the {band} band")
    public void bandMove(int n, String from, String to) {
        long count = 0;
        for (JsonNode move : report().path("eligibility").path("bandMoves")) {
            if (move.path("from").asText().equals(from) && move.path("to").asText().equals(to)) {
                count = move.path("count").asLong();
            }
        }
        assertThat(count).as("moves %s -> %s\n%s", from, to, world.describe()).isEqualTo(n);
    }

    @Then("the weekly total would change by {money}")
    public void weeklyChange(BigDecimal amount) {
        assertThat(report().path("allocation").path("weeklyChange").decimalValue()).as("weekly change\n%s", world.describe())
            .isEqualByComparingTo(amount);
    }

    @Then("{int} more people/person would need the panel")
    public void newlyPanel(int n) {
        assertThat(report().path("allocation").path("newlyNeedingPanel").asInt()).as("newly needing panel\n%s", world.describe()).isEqualTo(n);
    }

    @Then("nothing stored has changed")
    public void nothingStoredChanged() {
        assertThat(Services.storedDecisions(world.rulesDir)).as("stored decisions").isEqualTo(storedBefore);
        World.Answer verify = world.send("GET", "/api/audit/verify", null);
        assertThat(verify.json().path("ok").asBoolean()).as("the audit chain\n%s", verify.text()).isTrue();
    }

    // ------------------------------------------------------------------ calibration

    @Given("{int} sample cases on the questionnaire of {date}, each costing {money} a point a week with {int}% noise")
    public void sampleCases(int count, String date, BigDecimal price, int noisePercent) {
        World.Answer q = world.send("GET", "/api/questionnaire?date=" + date, null);
        assertThat(q.status()).as(q.text()).isEqualTo(200);
        Random random = new Random(count * 31L + noisePercent);
        for (int i = 1; i <= count; i++) {
            Map<String, String> answers = new LinkedHashMap<>();
            int points = 0;
            for (JsonNode domain : q.json().path("domains")) {
                JsonNode choices = domain.path("answers");
                JsonNode pick = choices.get(random.nextInt(choices.size()));
                answers.put(domain.path("code").asText(), pick.path("code").asText());
                points += pick.path("points").asInt();
            }
            BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(random.nextGaussian() * noisePercent / 100.0));
            BigDecimal cost = price.multiply(BigDecimal.valueOf(Math.max(points, 1))).multiply(factor.max(new BigDecimal("0.5")))
                .setScale(2, RoundingMode.HALF_UP);
            sample.add(Map.of("caseRef", "S-" + i, "answers", answers, "weeklyCost", cost));
        }
        world.request.put("date", date);
    }

    @When("the prices are calibrated")
    public void calibrate() {
        calibrateWith(Map.of());
    }

    @When("the prices are calibrated to a weekly envelope of {money} keeping {int}% for panel overrides")
    public void calibrateToEnvelope(BigDecimal envelope, int contingency) {
        calibrateWith(Map.of("envelopeWeekly", envelope, "contingencyPercent", contingency));
    }

    private void calibrateWith(Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>(extra);
        body.put("date", world.request.get("date"));
        body.put("cases", sample);
        world.last = world.send("POST", "/api/calibration", json(body));
        assertThat(world.last.status()).as("calibration\n%s", world.last.text()).isEqualTo(200);
        calibration = world.last.json();
    }

    @Then("the proposed price per point is within {int}% of {money}")
    public void priceWithin(int percent, BigDecimal price) {
        BigDecimal proposed = calibration.path("proposedPricePerPoint").decimalValue();
        assertThat(proposed.subtract(price).abs()).as("proposed %s against %s", proposed, price)
            .isLessThanOrEqualTo(price.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100)));
    }

    @Then("the sample's indicative budgets add up to within {money} of {money} a week")
    public void fillsEnvelope(BigDecimal tolerance, BigDecimal expected) {
        BigDecimal total = calibration.path("proposedPricePerPoint").decimalValue().multiply(calibration.path("totalPoints").decimalValue());
        assertThat(total.subtract(expected).abs()).as("sample total %s against %s", total, expected).isLessThanOrEqualTo(tolerance);
    }

    @Then("the fit explains at least {int}% of the variation in cost")
    public void rSquared(int percent) {
        assertThat(calibration.path("fit").path("rSquared").decimalValue())
            .isGreaterThanOrEqualTo(BigDecimal.valueOf(percent).divide(BigDecimal.valueOf(100)));
    }

    @Then("the proposed rate file, dropped into a candidate {string} for {year}, validates")
    public void rateFileValidates(String name, String year) {
        candidateFromLiveRules(name);
        try {
            Files.writeString(candidate(name).resolve("allocation").resolve(year).resolve("rates.drl"), calibration.path("rateFile").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        validate(name);
        valid();
    }

    // ------------------------------------------------------------------ helpers

    private static Path candidate(String name) {
        return Services.candidatesRoot().resolve(name);
    }

    private String candidateName() {
        String dir = world.last.json().path("directory").asText();
        return Services.candidatesRoot().relativize(Path.of(dir).toAbsolutePath()).toString();
    }

    private List<JsonNode> problems() {
        List<JsonNode> out = new ArrayList<>();
        world.last.json().path("problems").forEach(out::add);
        return out;
    }

    private JsonNode report() {
        if (job == null) {
            fail("No what-if has been run in this scenario");
        }
        return job.path("report");
    }

    private static String json(Object value) {
        try {
            return World.JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
