package uk.carerules.policy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.carerules.allocation.AllocationService;
import uk.carerules.rules.RulesetException;
import uk.carerules.support.Api;
import uk.carerules.support.Cases;
import uk.carerules.support.RulesCopies;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyHttpTest implements TestPropertyProvider {

    static final Path CANDIDATES = Path.of("target", "test-candidates-" + UUID.randomUUID());

    @Inject
    EmbeddedServer server;

    @Inject
    AllocationService allocation;

    Api api;

    @Override
    public Map<String, String> getProperties() {
        // Candidates as a policy officer would make them: whole copies of the live rules with one change each.
        Path syntax = RulesCopies.copy(Path.of("rules"), CANDIDATES.resolve("syntax-error"));
        RulesCopies.edit(syntax.resolve("eligibility/facs-2010/bands.drl"), "FacsNeeds( significantHealthProblems )", "FacsNeeds( significantHealthProblems == )");
        Path overlap = RulesCopies.copy(Path.of("rules"), CANDIDATES.resolve("overlapping-bands"));
        RulesCopies.edit(overlap.resolve("allocation/2025-26/rates.drl"), "new PointsBand(20, 29,", "new PointsBand(18, 29,");
        Path price = RulesCopies.copy(Path.of("rules"), CANDIDATES.resolve("price-up-10"));
        RulesCopies.edit(price.resolve("allocation/2025-26/rates.drl"), "new PricePerPoint(new BigDecimal(\"4.20\")", "new PricePerPoint(new BigDecimal(\"4.62\")");
        RulesCopies.copy(Path.of("examples/facs-threshold-moderate"), CANDIDATES.resolve("facs-threshold-moderate"));
        return Map.of("rules.candidates-dir", CANDIDATES.toString());
    }

    @BeforeEach
    void client() {
        api = new Api(server.getURL());
    }

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void aSyntaxErrorIsReportedAtItsFileAndLineAndTheServiceKeepsDeciding() {
        Api.Answer report = api.post("/api/rulesets/validate", Map.of("directory", "syntax-error"));
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body().get("valid")).isEqualTo(false);
        int line = RulesCopies.lineOf(CANDIDATES.resolve("syntax-error/eligibility/facs-2010/bands.drl"), "significantHealthProblems == )");
        assertThat(report.list("problems")).anySatisfy(p -> {
            assertThat(p.get("severity")).isEqualTo("ERROR");
            assertThat(p.get("file")).isEqualTo("eligibility/facs-2010/bands.drl");
            assertThat(p.get("line")).isEqualTo(line);
        });
        assertThat(api.post("/api/eligibility", Cases.facs("V-1", "2012-03-01", "VITAL")).status()).isEqualTo(201);
    }

    @Test
    void overlappingBandsAreReportedAtTheBandsLine() {
        Api.Answer report = api.post("/api/rulesets/validate", Map.of("directory", "overlapping-bands"));
        assertThat(report.body().get("valid")).isEqualTo(false);
        int line = RulesCopies.lineOf(CANDIDATES.resolve("overlapping-bands/allocation/2025-26/rates.drl"), "new PointsBand(18, 29,");
        assertThat(report.list("problems")).anySatisfy(p -> {
            assertThat(p.get("file")).isEqualTo("allocation/2025-26/rates.drl");
            assertThat(p.get("line")).isEqualTo(line);
            assertThat((String) p.get("message")).contains("overlaps band 10 to 19");
        });
        assertThat(api.post("/api/rulesets/validate", Map.of("directory", "price-up-10")).body().get("valid")).isEqualTo(true);
    }

    @Test
    void candidatesAreNamedNeverUploadedAndNeverOutsideTheRoot() {
        assertThat(api.post("/api/rulesets/validate", Map.of("directory", "../../etc")).status()).isEqualTo(400);
        assertThat(api.post("/api/rulesets/validate", Map.of("directory", "/etc")).status()).isEqualTo(400);
        assertThat(api.post("/api/rulesets/validate", Map.of("directory", "no-such")).status()).isEqualTo(422);
        assertThat(api.post("/api/rulesets/validate", Map.of("drl", "rule x when then end")).status()).isEqualTo(400);
    }

    @Test
    void loweringTheFacsThresholdShowsHowManyMorePeopleWouldBeEligible() throws Exception {
        String[] extents = {"VITAL", "MAJORITY", "SEVERAL", "SEVERAL", "ONE_OR_TWO", "NONE"};
        for (int i = 0; i < extents.length; i++) {
            api.post("/api/eligibility", Cases.facs("W-" + i, "2013-0" + (i + 1) + "-01", extents[i]));
        }
        Map<String, Object> done = runWhatIf(Map.of("candidate", "facs-threshold-moderate", "kind", "ELIGIBILITY",
            "from", "2013-01-01", "to", "2013-12-31"));
        Map<String, Object> report = map(done, "report");
        assertThat(report.get("decided")).isEqualTo(6);
        assertThat(map(report, "eligibility").get("becameEligible")).isEqualTo(2);
        assertThat(map(report, "eligibility").get("eligibleBefore")).isEqualTo(2);
        assertThat(map(report, "eligibility").get("eligibleAfter")).isEqualTo(4);
        assertThat((List<?>) report.get("changedIds")).hasSize(2);
        String csv = csv((String) done.get("id"));
        assertThat(csv.split("\n")).hasSize(7);
    }

    @Test
    void aTenPercentPriceRiseIsCostedAgainstAnIndependentSum() throws Exception {
        Map<String, Object> q = api.get("/api/questionnaire?date=2025-06-01").body();
        String e = api.post("/api/eligibility", Cases.careActEligible("M-1", "2025-05-10")).string("decisionId");
        Random random = new Random(11);
        BigDecimal expectedChange = BigDecimal.ZERO;
        for (int i = 0; i < 60; i++) {
            Map<String, String> answers = new HashMap<>();
            for (Map<String, Object> d : domains(q)) {
                List<String> codes = codes(d);
                answers.put((String) d.get("code"), codes.get(random.nextInt(codes.size())));
            }
            Api.Answer a = api.post("/api/allocations", Cases.allocation("M-1", "2025-06-0" + (1 + i % 5), e, answers));
            BigDecimal before = new BigDecimal(a.body().get("weeklyIndicativeBudget").toString());
            expectedChange = expectedChange.add(weekly(q, answers, new BigDecimal("4.62")).subtract(before));
        }
        Map<String, Object> done = runWhatIf(Map.of("candidate", "price-up-10", "kind", "ALLOCATION", "from", "2025-06-01", "to", "2025-06-05"));
        Map<String, Object> impact = map(map(done, "report"), "allocation");
        assertThat(new BigDecimal(impact.get("weeklyChange").toString())).isEqualByComparingTo(expectedChange);
        assertThat(new BigDecimal(impact.get("annualChange").toString()))
            .isEqualByComparingTo(new BigDecimal(impact.get("annualAfter").toString()).subtract(new BigDecimal(impact.get("annualBefore").toString())));
        assertThat(((List<?>) impact.get("distribution"))).hasSize(5);
    }

    @Test
    void calibrationRecoversAKnownPriceAndWritesARateFileThatValidates() throws Exception {
        List<String> lines = SampleCases.generate(allocation.questionnaire(java.time.LocalDate.parse("2025-06-01")), 2009, 100,
            new BigDecimal("3.70"), 0.10);
        List<Map<String, Object>> cases = new ArrayList<>();
        String[] header = lines.get(0).split(",");
        BigDecimal total = BigDecimal.ZERO;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            Map<String, String> answers = new HashMap<>();
            for (int c = 3; c < header.length; c++) {
                answers.put(header[c], cells[c]);
            }
            cases.add(Map.of("caseRef", cells[0], "clientGroup", cells[1], "weeklyCost", new BigDecimal(cells[2]), "answers", answers));
            total = total.add(new BigDecimal(cells[2]));
        }
        Api.Answer fitted = api.post("/api/calibration", Map.of("date", "2025-06-01", "cases", cases, "financialYear", "2026-27"));
        assertThat(fitted.status()).isEqualTo(200);
        BigDecimal price = new BigDecimal(fitted.body().get("proposedPricePerPoint").toString());
        assertThat(price.subtract(new BigDecimal("3.70")).abs()).isLessThanOrEqualTo(new BigDecimal("0.074")); // within 2%
        assertThat(((Number) map(fitted.body(), "fit").get("rSquared")).doubleValue()).isGreaterThan(0.8);

        Api.Answer scaled = api.post("/api/calibration", Map.of("date", "2025-06-01", "cases", cases, "envelopeWeekly", total,
            "contingencyPercent", 10));
        BigDecimal scaledPrice = new BigDecimal(scaled.body().get("proposedPricePerPoint").toString());
        long points = ((Number) scaled.body().get("totalPoints")).longValue();
        BigDecimal fill = scaledPrice.multiply(BigDecimal.valueOf(points));
        assertThat(fill.subtract(total.multiply(new BigDecimal("0.9"))).abs())
            .as("the sample's indicative budgets fill the envelope less 10%").isLessThanOrEqualTo(BigDecimal.valueOf(points).multiply(new BigDecimal("0.005")));

        Path candidate = RulesCopies.copy(Path.of("rules"), CANDIDATES.resolve("calibrated"));
        Files.writeString(candidate.resolve("allocation/2025-26/rates.drl"), (String) fitted.body().get("rateFile"));
        Api.Answer valid = api.post("/api/rulesets/validate", Map.of("directory", "calibrated"));
        assertThat(valid.body().get("valid")).as("%s", valid.body()).isEqualTo(true);
        assertThat(map(fitted.body(), "fit").get("largestUnderAllocation")).isNotNull();
        assertThat(((List<?>) fitted.body().get("bands"))).hasSize(6);
    }

    @Test
    void calibrationRefusesCasesItCannotScore() {
        Api.Answer bad = api.post("/api/calibration", Map.of("cases", List.of(Map.of("caseRef", "X", "weeklyCost", 10))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.list("errors")).extracting(m -> m.get("field")).contains("cases[0]");
    }

    @Test
    void theServiceRefusesToStartOnBrokenRulesAndSaysWhere() {
        Path broken = CANDIDATES.resolve("syntax-error");
        assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, Map.of("rules.dir", broken.toString(), "micronaut.server.port", -1), "test"))
            .hasStackTraceContaining("eligibility/facs-2010/bands.drl:")
            .satisfies(t -> assertThat(rootRulesetException(t)).isNotNull());
    }

    private static RulesetException rootRulesetException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof RulesetException r) {
                return r;
            }
        }
        return null;
    }

    private Map<String, Object> runWhatIf(Map<String, Object> request) throws InterruptedException {
        Api.Answer started = api.post("/api/what-if", request);
        assertThat(started.status()).as("%s", started.body()).isEqualTo(202);
        String id = started.string("id");
        for (int i = 0; i < 300; i++) {
            Map<String, Object> job = api.get("/api/what-if/" + id).body();
            if (!"RUNNING".equals(job.get("status"))) {
                assertThat(job.get("status")).as("%s", job).isEqualTo("DONE");
                assertThat(job.get("percentDone")).isEqualTo(100);
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("what-if did not finish");
    }

    private String csv(String id) {
        try (var client = io.micronaut.http.client.HttpClient.create(server.getURL())) {
            return client.toBlocking().retrieve(io.micronaut.http.HttpRequest.GET("/api/what-if/" + id + "/changes.csv").basicAuth("policy", "demo"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> domains(Map<String, Object> q) {
        return (List<Map<String, Object>>) q.get("domains");
    }

    @SuppressWarnings("unchecked")
    private static List<String> codes(Map<String, Object> d) {
        return ((List<Map<String, Object>>) d.get("answers")).stream().map(a -> (String) a.get("code")).toList();
    }

    /** The RAS by hand, from the published questionnaire and rates, at a given price. */
    @SuppressWarnings("unchecked")
    private static BigDecimal weekly(Map<String, Object> q, Map<String, String> answers, BigDecimal price) {
        int points = 0;
        for (Map<String, Object> d : domains(q)) {
            for (Map<String, Object> a : (List<Map<String, Object>>) d.get("answers")) {
                if (a.get("code").equals(answers.get((String) d.get("code")))) {
                    points += ((Number) a.get("points")).intValue();
                }
            }
        }
        Map<String, Object> rates = (Map<String, Object>) q.get("rates");
        BigDecimal weekly = price.multiply(BigDecimal.valueOf(points)).setScale(2, RoundingMode.HALF_UP);
        for (Map<String, Object> r : (List<Map<String, Object>>) rates.get("informalSupport")) {
            if (r.get("answer").equals(answers.get("INFORMAL_SUPPORT"))) {
                weekly = weekly.subtract(weekly.multiply(new BigDecimal(r.get("percent").toString())).divide(BigDecimal.valueOf(100))
                    .setScale(2, RoundingMode.HALF_UP));
            }
        }
        return weekly.max(new BigDecimal(rates.get("minimumWeekly").toString())).min(new BigDecimal(rates.get("maximumWeekly").toString()));
    }
}
