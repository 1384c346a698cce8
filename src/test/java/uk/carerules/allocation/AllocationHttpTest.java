package uk.carerules.allocation;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.carerules.decisions.DecisionRepository;
import uk.carerules.support.Api;
import uk.carerules.support.Cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class AllocationHttpTest {

    @Inject
    EmbeddedServer server;

    @Inject
    DecisionRepository decisions;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(server.getURL());
    }

    @AfterEach
    void close() {
        api.close();
    }

    private String eligible(String person, String date) {
        Api.Answer a = api.post("/api/eligibility", Cases.careActEligible(person, date));
        assertThat(a.status()).isEqualTo(201);
        return a.string("decisionId");
    }

    @Test
    void indicativeBudgetMatchesAnIndependentCalculationFromThePublishedQuestionnaire() {
        String e = eligible("P-100", "2024-05-10");
        Map<String, Object> q = api.get("/api/questionnaire?date=2024-06-01").body();
        Random random = new Random(42);
        for (int i = 0; i < 40; i++) {
            Map<String, String> answers = randomAnswers(q, random);
            Api.Answer a = api.post("/api/allocations", Cases.allocation("P-100", "2024-06-01", e, answers));
            assertThat(a.status()).isEqualTo(201);
            assertThat(new BigDecimal(a.body().get("weeklyIndicativeBudget").toString()))
                .isEqualByComparingTo(expectedWeekly(q, answers));
            BigDecimal weekly = new BigDecimal(a.body().get("weeklyIndicativeBudget").toString());
            assertThat(new BigDecimal(a.body().get("annualIndicativeBudget").toString()))
                .isEqualByComparingTo(weekly.multiply(BigDecimal.valueOf(52)).setScale(2, RoundingMode.HALF_UP));
            assertThat(a.body().get("totalPoints")).isEqualTo(points(q, answers));
        }
    }

    @Test
    void moreNeedNeverGivesLessMoneyAndMoreUnpaidSupportNeverGivesMore() {
        String e = eligible("P-101", "2025-05-10");
        Map<String, Object> q = api.get("/api/questionnaire?date=2025-06-01").body();
        Random random = new Random(7);
        for (int i = 0; i < 25; i++) {
            Map<String, String> answers = randomAnswers(q, random);
            BigDecimal before = weekly(e, "P-101", answers);
            for (Map<String, Object> domain : domains(q)) {
                String code = (String) domain.get("code");
                List<String> codes = answerCodes(domain);
                int at = codes.indexOf(answers.get(code));
                if (at + 1 < codes.size()) {
                    Map<String, String> more = new HashMap<>(answers);
                    more.put(code, codes.get(at + 1));
                    BigDecimal after = weekly(e, "P-101", more);
                    if (code.equals("INFORMAL_SUPPORT")) {
                        assertThat(after).as("more unpaid support in %s", more).isLessThanOrEqualTo(before);
                    } else {
                        assertThat(after).as("more need in %s", more).isGreaterThanOrEqualTo(before);
                    }
                    break;
                }
            }
        }
    }

    @Test
    void exceptionalNeedsAndHighAmountsGoToThePanelWithReasons() {
        String e = eligible("P-102", "2025-05-10");
        Map<String, String> answers = Cases.answers("D", "A");
        answers.put("PERSONAL_CARE", "E");
        answers.put("COMPLEX_NEEDS_OR_BEHAVIOUR", "E");
        Api.Answer a = api.post("/api/allocations", Cases.allocation("P-102", "2025-06-01", e, answers));
        assertThat(a.status()).isEqualTo(201);
        Map<String, Object> panel = a.map("panel");
        assertThat(panel.get("required")).isEqualTo(true);
        assertThat(codes(panel)).containsExactlyInAnyOrder("ABOVE_CEILING", "ABOVE_SIGN_OFF_THRESHOLD", "EXCEPTIONAL_TWO_CARERS",
            "EXCEPTIONAL_BEHAVIOUR");
        assertThat(new BigDecimal(a.body().get("weeklyIndicativeBudget").toString())).isEqualByComparingTo("525.00");

        Api.Answer low = api.post("/api/allocations", Cases.allocation("P-102", "2025-06-01", e, Cases.answers("B", "A")));
        assertThat(low.map("panel").get("required")).isEqualTo(false);
        assertThat(low.list("reasons")).anySatisfy(r -> assertThat((String) r.get("text")).startsWith("No panel is needed"));
    }

    @Test
    void ratesChangeOnTheFirstOfApril() {
        String e = eligible("P-103", "2024-05-10");
        Map<String, String> answers = Cases.answers("B", "A");
        Api.Answer march = api.post("/api/allocations", Cases.allocation("P-103", "2025-03-31", e, answers));
        Api.Answer april = api.post("/api/allocations", Cases.allocation("P-103", "2025-04-01", e, answers));
        assertThat(march.body().get("financialYear")).isEqualTo("2024-25");
        assertThat(april.body().get("financialYear")).isEqualTo("2025-26");
        assertThat(new BigDecimal(march.body().get("pricePerPoint").toString())).isEqualByComparingTo("4.00");
        assertThat(new BigDecimal(april.body().get("pricePerPoint").toString())).isEqualByComparingTo("4.20");
    }

    @Test
    void onlyEligibleNeedsOfTheSamePersonGetABudget() {
        long before = decisions.count();
        Api.Answer notFound = api.post("/api/allocations", Cases.allocation("P-104", "2024-06-01", "no-such-id", Cases.answers("B", "A")));
        assertThat(notFound.status()).isEqualTo(422);
        assertThat(notFound.contentType()).isEqualTo("application/problem+json");

        String notEligible = api.post("/api/eligibility", Cases.careActNotEligible("P-104", "2024-05-10")).string("decisionId");
        Api.Answer refused = api.post("/api/allocations", Cases.allocation("P-104", "2024-06-01", notEligible, Cases.answers("B", "A")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.string("detail")).contains("not eligible");

        String eligible = eligible("P-105", "2024-05-10");
        Api.Answer other = api.post("/api/allocations", Cases.allocation("P-999", "2024-06-01", eligible, Cases.answers("B", "A")));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.string("detail")).contains("another person");
        assertThat(decisions.count()).isEqualTo(before + 2); // the two eligibility decisions, nothing else
    }

    @Test
    void unknownOrMissingAnswersAreRefusedNamingTheAllowedOnes() {
        String e = eligible("P-106", "2024-05-10");
        long before = decisions.count();
        Map<String, String> answers = Cases.answers("B", "A");
        answers.put("PERSONAL_CARE", "Z");
        answers.put("GARDENING", "A");
        answers.remove("INFORMAL_SUPPORT");
        Api.Answer a = api.post("/api/allocations", Cases.allocation("P-106", "2024-06-01", e, answers));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).isEqualTo("application/problem+json");
        assertThat(a.list("errors")).extracting(m -> m.get("field"))
            .contains("answers.PERSONAL_CARE", "answers.GARDENING", "answers.INFORMAL_SUPPORT");
        assertThat(a.list("errors")).anySatisfy(m -> assertThat((String) m.get("message")).contains("allowed: A, B, C, D, E"));
        assertThat(decisions.count()).isEqualTo(before);
    }

    @Test
    void carersGetTheirOwnBudgetAndNotTheQuestionnaireOne() {
        String carer = api.post("/api/eligibility", Cases.carerEligible("C-1", "2024-05-10")).string("decisionId");
        Api.Answer budget = api.post("/api/carer-allocations", Map.of("personRef", "C-1", "assessmentDate", "2024-05-10",
            "eligibilityDecisionId", carer));
        assertThat(budget.status()).isEqualTo(201);
        assertThat(new BigDecimal(budget.body().get("amount").toString())).isEqualByComparingTo("350.00");
        assertThat(budget.body().get("frequency")).isEqualTo("ONE_OFF");
        Api.Answer wrongRoute = api.post("/api/allocations", Cases.allocation("C-1", "2024-06-01", carer, Cases.answers("B", "A")));
        assertThat(wrongRoute.status()).isEqualTo(422);
        String adult = eligible("P-107", "2024-05-10");
        Api.Answer notCarer = api.post("/api/carer-allocations", Map.of("personRef", "P-107", "assessmentDate", "2024-05-10",
            "eligibilityDecisionId", adult));
        assertThat(notCarer.status()).isEqualTo(422);
    }

    @Test
    void supportPlanWithinToleranceIsAgreedAndBeyondItGoesToPanelWhichClosesIt() {
        String e = eligible("P-108", "2024-05-10");
        Api.Answer allocation = api.post("/api/allocations", Cases.allocation("P-108", "2024-06-01", e, Cases.answers("B", "A")));
        String id = allocation.string("decisionId");
        BigDecimal indicative = new BigDecimal(allocation.body().get("weeklyIndicativeBudget").toString()); // 29 points x 4.00
        assertThat(indicative).isEqualByComparingTo("116.00");

        Api.Answer within = api.post("/api/allocations/" + id + "/support-plan", Map.of("route", "DIRECT_PAYMENT",
            "lines", List.of(Map.of("service", "Home care", "unit", "hours", "quantityPerWeek", 5, "unitCost", 23.00))));
        assertThat(within.status()).isEqualTo(201);
        assertThat(new BigDecimal(within.body().get("weeklyCost").toString())).isEqualByComparingTo("115.00");
        assertThat(within.body().get("withinTolerance")).isEqualTo(true);
        assertThat(within.map("panel").get("required")).isEqualTo(false);

        Api.Answer noPanelNeeded = api.post("/api/allocations/" + id + "/panel-decision", Map.of("decision", "APPROVED", "reason", "fine"));
        assertThat(noPanelNeeded.status()).isEqualTo(422);

        Api.Answer beyond = api.post("/api/allocations/" + id + "/support-plan", Map.of("lines", List.of(
            Map.of("service", "Home care", "unit", "hours", "quantityPerWeek", 5, "unitCost", 23.00, "route", "DIRECT_PAYMENT"),
            Map.of("service", "Day centre", "unit", "days", "quantityPerWeek", 1, "unitCost", 35.50, "route", "COUNCIL_ARRANGED"))));
        assertThat(new BigDecimal(beyond.body().get("weeklyCost").toString())).isEqualByComparingTo("150.50");
        assertThat(new BigDecimal(beyond.body().get("variance").toString())).isEqualByComparingTo("34.50");
        assertThat(beyond.body().get("withinTolerance")).isEqualTo(false);
        assertThat(codes(beyond.map("panel"))).containsExactly("PLAN_ABOVE_TOLERANCE");
        assertThat(beyond.map("weeklyCostByRoute")).containsKeys("DIRECT_PAYMENT", "COUNCIL_ARRANGED");

        Api.Answer noAmount = api.post("/api/allocations/" + id + "/panel-decision", Map.of("decision", "ADJUSTED", "reason", "x"));
        assertThat(noAmount.status()).isEqualTo(400);
        assertThat(noAmount.list("errors")).extracting(m -> m.get("field")).containsExactly("agreedWeekly");
        Api.Answer noReason = api.post("/api/allocations/" + id + "/panel-decision", Map.of("decision", "APPROVED", "reason", " "));
        assertThat(noReason.status()).isEqualTo(400);

        Api.Answer adjusted = api.post("/api/allocations/" + id + "/panel-decision",
            Map.of("decision", "ADJUSTED", "agreedWeekly", 120.00, "reason", "Day centre needed for carer's respite; agreed at 120"));
        assertThat(adjusted.status()).isEqualTo(201);
        assertThat(new BigDecimal(adjusted.body().get("agreedWeekly").toString())).isEqualByComparingTo("120.00");
        assertThat(adjusted.body().get("supportPlanDecisionId")).isEqualTo(beyond.string("decisionId"));
        Map<String, Object> stored = api.get("/api/decisions/" + adjusted.string("decisionId")).body();
        assertThat(stored.get("kind")).isEqualTo("PANEL_DECISION");
        assertThat(stored.get("relatedDecisionId")).isEqualTo(id);

        Api.Answer again = api.post("/api/allocations/" + id + "/panel-decision", Map.of("decision", "DECLINED", "reason", "changed mind"));
        assertThat(again.status()).isEqualTo(422);
        Api.Answer corrected = api.post("/api/allocations/" + id + "/panel-decision", Map.of("decision", "DECLINED",
            "reason", "Reconsidered at the next meeting", "supersedes", adjusted.string("decisionId")));
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(api.get("/api/decisions/" + adjusted.string("decisionId")).body().get("supersededBy"))
            .isEqualTo(corrected.string("decisionId"));
    }

    @Test
    void thePanelDecidesOnEachPlanPutToItAndACorrectedAllocationTakesNoMorePlans() {
        String e = eligible("P-112", "2025-05-10");
        Map<String, String> answers = Cases.answers("D", "A");
        String id = api.post("/api/allocations", Cases.allocation("P-112", "2025-06-01", e, answers)).string("decisionId");
        Map<String, Object> firstPlan = Map.of("route", "DIRECT_PAYMENT",
            "lines", List.of(Map.of("service", "Home care", "unit", "hours", "quantityPerWeek", 20, "unitCost", 22.00)));
        assertThat(api.post("/api/allocations/" + id + "/support-plan", firstPlan).status()).isEqualTo(201);
        assertThat(api.post("/api/allocations/" + id + "/panel-decision", Map.of("decision", "APPROVED", "reason", "agreed")).status())
            .isEqualTo(201);
        assertThat(api.post("/api/allocations/" + id + "/panel-decision", Map.of("decision", "DECLINED", "reason", "again")).status())
            .as("the same plan is not decided twice").isEqualTo(422);
        assertThat(api.post("/api/allocations/" + id + "/support-plan", firstPlan).status()).isEqualTo(201);
        assertThat(api.post("/api/allocations/" + id + "/panel-decision", Map.of("decision", "APPROVED", "reason", "new plan agreed")).status())
            .as("a new plan goes to the panel afresh").isEqualTo(201);

        Map<String, Object> correction = new HashMap<>(Cases.allocation("P-112", "2025-06-01", e, Cases.answers("C", "A")));
        correction.put("supersedes", id);
        assertThat(api.post("/api/allocations", correction).status()).isEqualTo(201);
        Api.Answer stale = api.post("/api/allocations/" + id + "/support-plan", firstPlan);
        assertThat(stale.status()).isEqualTo(422);
        assertThat(stale.string("detail")).contains("superseded");
    }

    @Test
    void supportPlanBadInputIsRefusedAndNothingStored() {
        String e = eligible("P-109", "2024-05-10");
        String id = api.post("/api/allocations", Cases.allocation("P-109", "2024-06-01", e, Cases.answers("B", "A"))).string("decisionId");
        long before = decisions.count();
        Api.Answer noRoute = api.post("/api/allocations/" + id + "/support-plan",
            Map.of("lines", List.of(Map.of("service", "Home care", "unit", "hours", "quantityPerWeek", 5, "unitCost", 20))));
        assertThat(noRoute.status()).isEqualTo(400);
        assertThat(noRoute.list("errors")).extracting(m -> m.get("field")).containsExactly("lines[0].route");
        Api.Answer negative = api.post("/api/allocations/" + id + "/support-plan", Map.of("route", "DIRECT_PAYMENT",
            "lines", List.of(Map.of("service", "Home care", "unit", "hours", "quantityPerWeek", -5, "unitCost", 1e9))));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.list("errors")).extracting(m -> m.get("field"))
            .contains("lines[0].quantityPerWeek", "lines[0].unitCost");
        Api.Answer badRoute = api.post("/api/allocations/" + id + "/support-plan", Map.of("route", "CASH",
            "lines", List.of(Map.of("service", "Home care", "unit", "hours", "quantityPerWeek", 5, "unitCost", 20))));
        assertThat(badRoute.status()).isEqualTo(400);
        assertThat((String) badRoute.list("errors").get(0).get("message")).contains("DIRECT_PAYMENT, MANAGED_ACCOUNT");
        assertThat(api.post("/api/allocations/nope/support-plan", Map.of("route", "DIRECT_PAYMENT",
            "lines", List.of(Map.of("service", "x", "unit", "h", "quantityPerWeek", 1, "unitCost", 1)))).status()).isEqualTo(404);
        assertThat(decisions.count()).isEqualTo(before);
    }

    @Test
    void questionnaireIsServedFromTheRules() {
        Api.Answer q = api.get("/api/questionnaire?date=2025-06-01");
        assertThat(q.status()).isEqualTo(200);
        assertThat(q.body().get("financialYear")).isEqualTo("2025-26");
        assertThat(q.body().get("exampleFigures")).isEqualTo(true);
        assertThat(domains(q.body())).extracting(d -> d.get("code")).contains("PERSONAL_CARE", "INFORMAL_SUPPORT");
        assertThat(q.map("rates").get("method")).isEqualTo("PRICE_PER_POINT");
        assertThat(api.get("/api/questionnaire?date=2010-01-01").status()).isEqualTo(422);
        assertThat(api.get("/api/questionnaire?date=2010-13-01").status()).isEqualTo(400);
    }

    // ---- an independent calculation from the questionnaire the service publishes

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> domains(Map<String, Object> q) {
        return (List<Map<String, Object>>) q.get("domains");
    }

    @SuppressWarnings("unchecked")
    static List<String> answerCodes(Map<String, Object> domain) {
        return ((List<Map<String, Object>>) domain.get("answers")).stream().map(a -> (String) a.get("code")).toList();
    }

    @SuppressWarnings("unchecked")
    static int points(Map<String, Object> q, Map<String, String> answers) {
        int total = 0;
        for (Map<String, Object> d : domains(q)) {
            for (Map<String, Object> a : (List<Map<String, Object>>) d.get("answers")) {
                if (a.get("code").equals(answers.get((String) d.get("code")))) {
                    total += ((Number) a.get("points")).intValue();
                }
            }
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    static BigDecimal expectedWeekly(Map<String, Object> q, Map<String, String> answers) {
        Map<String, Object> rates = (Map<String, Object>) q.get("rates");
        BigDecimal weekly = new BigDecimal(rates.get("pricePerPoint").toString()).multiply(BigDecimal.valueOf(points(q, answers)))
            .setScale(2, RoundingMode.HALF_UP);
        for (Map<String, Object> r : (List<Map<String, Object>>) rates.get("informalSupport")) {
            if (r.get("answer").equals(answers.get("INFORMAL_SUPPORT"))) {
                BigDecimal cut = weekly.multiply(new BigDecimal(r.get("percent").toString())).divide(BigDecimal.valueOf(100))
                    .setScale(2, RoundingMode.HALF_UP);
                weekly = weekly.subtract(cut);
            }
        }
        weekly = weekly.max(new BigDecimal(rates.get("minimumWeekly").toString()));
        return weekly.min(new BigDecimal(rates.get("maximumWeekly").toString()));
    }

    static Map<String, String> randomAnswers(Map<String, Object> q, Random random) {
        Map<String, String> answers = new HashMap<>();
        for (Map<String, Object> d : domains(q)) {
            List<String> codes = answerCodes(d);
            answers.put((String) d.get("code"), codes.get(random.nextInt(codes.size())));
        }
        return answers;
    }

    private BigDecimal weekly(String eligibility, String person, Map<String, String> answers) {
        Api.Answer a = api.post("/api/allocations", Cases.allocation(person, "2025-06-01", eligibility, answers));
        assertThat(a.status()).isEqualTo(201);
        return new BigDecimal(a.body().get("weeklyIndicativeBudget").toString());
    }

    static List<Object> codesOf(Map<String, Object> panel) {
        return codes(panel);
    }

    @Test
    void aBodyOfJsonNullIsABadRequestOnEveryEndpointAndNothingIsStored() {
        String e = eligible("P-110", "2024-05-10");
        String id = api.post("/api/allocations", Cases.allocation("P-110", "2024-06-01", e, Cases.answers("B", "A"))).string("decisionId");
        long before = decisions.count();
        for (String path : List.of("/api/eligibility", "/api/allocations", "/api/carer-allocations", "/api/allocations/" + id + "/support-plan",
            "/api/allocations/" + id + "/panel-decision", "/api/replays")) {
            Api.Answer a = api.postRaw(path, "null", "application/json");
            assertThat(a.status()).as(path).isEqualTo(400);
            assertThat(a.contentType()).as(path).isEqualTo("application/problem+json");
            assertThat(a.list("errors")).as(path).extracting(m -> m.get("field")).containsExactly("body");
        }
        assertThat(decisions.count()).isEqualTo(before);
    }

    @Test
    void reasonsWriteMoneyAndWordsTheSameWayWhateverTheServersLocale() {
        String e = eligible("P-111", "2024-05-10");
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            // Turkish: "." groups thousands, "," marks pennies, and "I".toLowerCase() is a dotless i
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            Api.Answer a = api.post("/api/allocations", Cases.allocation("P-111", "2024-06-01", e, Cases.answers("B", "A")));
            assertThat(a.list("reasons")).extracting(r -> (String) r.get("text"))
                .contains("29 points at £4.00 a point a week gives £116.00 a week.")
                .anySatisfy(t -> assertThat(t).contains("£116.00 a week, £6,032.00 a year"));
            Api.Answer plan = api.post("/api/allocations/" + a.string("decisionId") + "/support-plan", Map.of("route", "DIRECT_PAYMENT",
                "lines", List.of(Map.of("service", "Home care", "unit", "hours", "quantityPerWeek", 5, "unitCost", 23.00))));
            assertThat(plan.list("reasons")).extracting(r -> (String) r.get("text"))
                .contains("Home care: 5 hours a week at £23.00 = £115.00 a week (direct payment).");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> codes(Map<String, Object> panel) {
        return ((List<Map<String, Object>>) panel.get("reasons")).stream().map(r -> r.get("code")).toList();
    }
}
