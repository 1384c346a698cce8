package uk.carerules.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Steps an auditor uses: read a stored decision, replay it, check the tamper-evident chain, see corrections;
 * and, to show that old decisions survive changes to the rules, work on a copy of the rules, change it, and
 * restart the service on the same records. Everything goes over HTTP to the real service, except the one
 * step that alters a record behind the service's back, which uses plain SQL as someone with database access would.
 */
public class AuditSteps {

    private final World world = World.get();

    // ------------------------------------------------------------------ reading a stored decision

    @When("the auditor reads {decision}")
    public void read(String which) {
        String id = world.decision(which);
        world.audit = world.send("GET", "/api/decisions/" + id, null);
        assertThat(world.audit.status()).as("GET /api/decisions/%s\n%s", id, world.audit.text()).isEqualTo(200);
    }

    @Then("the record shows it was superseded by {decision}")
    public void supersededBy(String which) {
        assertThat(record().path("supersededBy").asText(null)).as("supersededBy\n%s", record()).isEqualTo(world.decision(which));
    }

    @Then("the record shows it supersedes {decision}")
    public void supersedes(String which) {
        assertThat(record().path("supersedes").asText(null)).as("supersedes\n%s", record()).isEqualTo(world.decision(which));
    }

    @Then("the record shows it has not been superseded")
    public void notSuperseded() {
        assertThat(record().path("supersededBy").isNull()).as("supersededBy\n%s", record()).isTrue();
    }

    @Then("the record shows the outcome {string}")
    public void recordOutcome(String outcome) {
        assertThat(record().path("outcome").asText()).as("outcome\n%s", record()).isEqualTo(outcome);
    }

    @Then("the record shows it was made under the rules {string}")
    public void recordRules(String name) {
        assertThat(record().path("rulesetName").asText()).as("rulesetName\n%s", record()).isEqualTo(name);
        assertThat(record().path("rulesetVersion").asText()).as("rulesetVersion\n%s", record()).startsWith("sha256:");
    }

    @Then("the record shows it was decided by {string}")
    public void recordDecidedBy(String user) {
        assertThat(record().path("decidedBy").asText()).as("decidedBy\n%s", record()).isEqualTo(user);
    }

    @Then("the record shows the weekly indicative budget of {money}")
    public void recordWeekly(BigDecimal amount) {
        assertThat(record().path("output").path("weeklyIndicativeBudget").decimalValue()).as("output.weeklyIndicativeBudget\n%s", record())
            .isEqualByComparingTo(amount);
    }

    // ------------------------------------------------------------------ replay

    @When("the auditor replays {decision}")
    public void replay(String which) {
        String id = world.decision(which);
        world.audit = world.send("POST", "/api/decisions/" + id + "/replay", "{}");
        assertThat(world.audit.status()).as("POST /api/decisions/%s/replay\n%s", id, world.audit.text()).isEqualTo(200);
    }

    @Then("the replay gives the same answer")
    public void replaySame() {
        JsonNode replay = audited("replay");
        assertThat(replay.path("rerun").asBoolean()).as("the decision was re-run under its rules\n%s", replay).isTrue();
        assertThat(replay.path("identical").asBoolean()).as("identical\n%s", replay).isTrue();
        assertThat(replay.path("differences").size()).as("differences\n%s", replay).isZero();
    }

    @Then("the replay gives a different answer")
    public void replayDifferent() {
        JsonNode replay = audited("replay");
        assertThat(replay.path("identical").asBoolean(true)).as("identical\n%s", replay).isFalse();
    }

    @Then("the replay says the decision was made by people, so there is nothing to re-run")
    public void replayNotRerun() {
        JsonNode replay = audited("replay");
        assertThat(replay.path("rerun").asBoolean(true)).as("rerun\n%s", replay).isFalse();
        assertThat(replay.path("note").asText()).as("note\n%s", replay).contains("nothing to re-run");
    }

    @Then("the replay was run under the rules {string}")
    public void replayRules(String name) {
        JsonNode replay = audited("replay");
        assertThat(replay.path("note").asText()).as("note\n%s", replay).contains(name);
    }

    @When("replaying {decision} gives the same answer")
    @Then("replaying {decision} still gives the same answer")
    public void replayingGivesTheSame(String which) {
        replay(which);
        replaySame();
    }

    @When("the auditor replays every decision")
    public void replayAll() {
        world.audit = world.send("POST", "/api/replays", "{}");
        assertThat(world.audit.status()).as("POST /api/replays\n%s", world.audit.text()).isEqualTo(200);
    }

    @Then("every replay gives the same answer")
    public void everyReplaySame() {
        JsonNode batch = audited("batch replay");
        assertThat(batch.path("checked").asInt()).as("decisions checked\n%s", batch).isPositive();
        assertThat(batch.path("differing").asInt(-1)).as("decisions differing\n%s", batch).isZero();
    }

    // ------------------------------------------------------------------ the tamper-evident chain

    @When("the audit check is run")
    @When("the auditor checks the chain")
    @When("the auditor checks that no record has been altered")
    public void verify() {
        world.audit = world.send("GET", "/api/audit/verify", null);
        assertThat(world.audit.status()).as("GET /api/audit/verify\n%s", world.audit.text()).isEqualTo(200);
    }

    @Then("the audit check finds the chain whole")
    @Then("the audit check finds the chain unbroken")
    @Then("the audit check finds no record altered")
    public void chainWhole() {
        JsonNode check = audited("audit check");
        assertThat(check.path("ok").asBoolean()).as("ok\n%s", check).isTrue();
        assertThat(check.path("checked").asInt()).as("checked\n%s", check).isPositive();
    }

    @Then("the audit check finds the chain broken at {decision}")
    public void chainBrokenAt(String which) {
        JsonNode check = audited("audit check");
        assertThat(check.path("ok").asBoolean(true)).as("ok\n%s", check).isFalse();
        assertThat(check.path("firstBrokenDecisionId").asText(null)).as("firstBrokenDecisionId\n%s", check).isEqualTo(world.decision(which));
    }

    @Then("the audit check says {string}")
    public void auditSays(String words) {
        JsonNode check = audited("audit check");
        assertThat(check.path("problem").asText("")).as("problem\n%s", check).containsIgnoringCase(words);
    }

    // ------------------------------------------------------------------ altering a record behind the service's back

    @When("someone alters the stored outcome of {decision} directly in the database")
    public void alterOutcome(String which) {
        alter(world.decision(which), "outcome", AuditSteps::otherOutcome);
    }

    @When("someone changes the stored outcome of {decision} to {string} directly in the database")
    public void changeOutcome(String which, String outcome) {
        alter(world.decision(which), "outcome", old -> outcome);
    }

    @When("someone changes the stored weekly indicative budget of {decision} to {money} directly in the database")
    public void changeWeekly(String which, BigDecimal amount) {
        alter(world.decision(which), "output", old -> {
            try {
                JsonNode output = World.JSON.readTree(old);
                if (!output.has("weeklyIndicativeBudget")) {
                    throw new IllegalStateException("That decision has no weekly indicative budget: " + old);
                }
                ((ObjectNode) output).put("weeklyIndicativeBudget", amount);
                return World.JSON.writeValueAsString(output);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    // ------------------------------------------------------------------ corrections

    @When("the eligibility decision is made again as a correction")
    @When("the decision is made again as a correction")
    public void eligibilityCorrection() {
        if (!List.of("facs", "careAct", "carer").contains(world.assessment)) {
            throw new IllegalStateException("This step corrects an eligibility decision made with the eligibility steps "
                + "(e.g. 'Given an adult assessed on 2024-05-10 under the Care Act' … 'When the eligibility decision is made').");
        }
        String old = world.latest("ELIGIBILITY");
        world.request.put("supersedes", old);
        try {
            world.decide("/api/eligibility", world.requestJson());
        } finally {
            world.request.remove("supersedes");
        }
        world.corrected = old;
        if (world.last.status() == 201) {
            world.correction = world.last.json().path("decisionId").asText();
        }
    }

    /** A shortcut: a Care Act decision that found a person's needs not eligible, corrected by one that finds them eligible. */
    @Given("a decision that was/is later corrected")
    @Given("an eligibility decision that was/is later corrected")
    public void decisionLaterCorrected() {
        new EligibilitySteps().assessedUnderCareAct("2024-05-10");
        EligibilitySteps steps = new EligibilitySteps();
        steps.significantImpact();
        steps.unable("PERSONAL_HYGIENE");
        steps.decide();
        assertThat(world.last.status()).as("the first decision\n%s", world.describe()).isEqualTo(201);
        steps.unable("NUTRITION");
        eligibilityCorrection();
        assertThat(world.last.status()).as("the correction\n%s", world.describe()).isEqualTo(201);
    }

    // ------------------------------------------------------------------ a copy of the rules, changed, and the service restarted

    @Given("the rules are a copy of the live rules")
    public void copyOfLiveRules() {
        copyOf(Services.DEFAULT_RULES);
    }

    @Given("the rules are a copy of {string}")
    public void copyOf(String source) {
        if (world.rulesCopy != null) {
            throw new IllegalStateException("This scenario already works on a copy of the rules: " + world.rulesCopy);
        }
        try {
            Path tmp = Files.createTempDirectory("care-rules-scenario-");
            Path rules = tmp.resolve("rules");
            copyTree(Path.of(source), rules);
            world.rulesCopy = tmp;
            world.rulesDir = rules.toAbsolutePath().toString();
            Services.useDatabase(world.rulesDir, "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Given("in the copy, the FACS threshold is changed to {band}")
    @Given("the rules are changed so that the FACS threshold is {band}")
    @Given("the rules folder is changed so that the FACS threshold is {band}")
    public void facsThreshold(String band) {
        edit("eligibility/facs-2010/threshold.drl", text -> replace(text, "(new FacsThreshold\\(FacsBand\\.)[A-Z_]+", "$1" + band, "the threshold"));
    }

    @Given("in the copy, the {year} rates are removed")
    @Given("the rules are changed so that the {year} rates are removed")
    @Given("the rules folder is changed so that the {year} rates are removed")
    public void ratesRemoved(String year) {
        Path folder = copy().resolve("allocation").resolve(year);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("There is no rates folder allocation/" + year + " in the copy of the rules.");
        }
        changing();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Given("in the copy, the price per point for {year} is changed to {money}")
    @Given("the rules are changed so that the price per point for {year} is {money}")
    @Given("the rules folder is changed so that the price per point for {year} is {money}")
    public void pricePerPoint(String year, BigDecimal price) {
        String p = price.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
        edit("allocation/" + year + "/rates.drl", text -> replace(
            replace(text, "(new PricePerPoint\\(new BigDecimal\\(\")[0-9.]+", "$1" + p, "the price per point"),
            "[0-9.]+( pounds a point a week)", p + "$1", "the wording of the price"));
    }

    @Given("in the copy, the file {string} has {string} replaced by {string}")
    public void replaceInFile(String file, String from, String to) {
        edit(file, text -> {
            if (!text.contains(from)) {
                throw new IllegalStateException("The file " + file + " in the copy does not contain \"" + from + "\"");
            }
            return text.replace(from, to);
        });
    }

    @When("the service is restarted( on the same records)")
    @When("the service is restarted with the changed rules")
    public void restart() {
        copy();
        changing();
        Services.restart(world.rulesDir);
        Services.forRules(world.rulesDir);
    }

    // ------------------------------------------------------------------ after each scenario

    @After
    public void cleanUp() {
        List<Runnable> undo = new ArrayList<>(world.undo);
        java.util.Collections.reverse(undo);
        undo.forEach(Runnable::run);
        if (world.rulesCopy != null) {
            Services.forget(world.rulesDir);
            try (Stream<Path> walk = Files.walk(world.rulesCopy)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private JsonNode record() {
        return audited("record");
    }

    private JsonNode audited(String what) {
        if (world.audit == null) {
            fail("No " + what + " yet: add a When line such as 'When the auditor replays that decision', 'When the audit check is run' "
                + "or 'When the auditor reads that decision'.");
        }
        return world.audit.json();
    }

    /** Changes one column of one stored decision with plain SQL on a raw connection, and puts it back after the scenario. */
    private void alter(String id, String column, UnaryOperator<String> change) {
        String rulesDir = world.rulesDir;
        String before = sql(world.server(), "SELECT " + column + " FROM decision WHERE id = ?", id, null);
        String after = change.apply(before);
        assertThat(after).as("the altered %s", column).isNotEqualTo(before);
        sql(world.server(), "UPDATE decision SET " + column + " = ? WHERE id = ?", id, after);
        world.undo.add(() -> Services.running(rulesDir).ifPresent(server ->
            sql(server, "UPDATE decision SET " + column + " = ? WHERE id = ?", id, before)));
    }

    /** Runs one statement about one decision: a SELECT answers the column, an UPDATE must change exactly one row. */
    private static String sql(EmbeddedServer server, String statement, String id, String value) {
        DataSource raw = DelegatingDataSource.unwrapDataSource(server.getApplicationContext().getBean(DataSource.class));
        try (Connection c = raw.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            if (value == null) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("There is no stored decision " + id);
                    }
                    return r.getString(1);
                }
            }
            s.setString(1, value);
            s.setString(2, id);
            assertThat(s.executeUpdate()).as("rows changed by %s", statement).isEqualTo(1);
            return value;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String otherOutcome(String outcome) {
        Map<String, String> other = new LinkedHashMap<>();
        other.put("ELIGIBLE", "NOT_ELIGIBLE");
        other.put("NOT_ELIGIBLE", "ELIGIBLE");
        other.put("INDICATIVE_BUDGET", "PANEL_REQUIRED");
        other.put("PANEL_REQUIRED", "INDICATIVE_BUDGET");
        other.put("AGREED", "PANEL_REQUIRED");
        other.put("APPROVED", "DECLINED");
        other.put("ADJUSTED", "APPROVED");
        other.put("DECLINED", "APPROVED");
        return other.getOrDefault(outcome, outcome + "_ALTERED");
    }

    private Path copy() {
        if (world.rulesCopy == null) {
            throw new IllegalStateException("Changing the rules or restarting the service works on a copy, never on the live rules: start the "
                + "scenario with 'Given the rules are a copy of the live rules'.");
        }
        return Path.of(world.rulesDir);
    }

    /** Before the rules change or the service restarts, the latest decision becomes "the earlier decision". */
    private void changing() {
        if (world.earlier == null && !world.made.isEmpty()) {
            world.earlier = world.latest(null);
        }
    }

    private void edit(String file, UnaryOperator<String> change) {
        Path path = copy().resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("There is no file " + file + " in the copy of the rules.");
        }
        changing();
        try {
            Files.writeString(path, change.apply(Files.readString(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String replace(String text, String regex, String replacement, String what) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("Could not find " + what + " in the rules file (looked for /" + regex + "/)");
        }
        return m.replaceAll(replacement);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IllegalStateException("There is no rules folder " + from.toAbsolutePath());
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
