package uk.carerules.bench;

import uk.carerules.allocation.AllocationRequest;
import uk.carerules.eligibility.AdultOutcome;
import uk.carerules.eligibility.CareActAnswers;
import uk.carerules.eligibility.CarerAnswers;
import uk.carerules.eligibility.CarerOutcome;
import uk.carerules.eligibility.CarerWay;
import uk.carerules.eligibility.ChoiceAndControl;
import uk.carerules.eligibility.AbuseOrNeglect;
import uk.carerules.eligibility.EligibilityRequest;
import uk.carerules.eligibility.EligibilityResult;
import uk.carerules.eligibility.Extent;
import uk.carerules.eligibility.FacsAnswers;
import uk.carerules.eligibility.FacsBand;
import uk.carerules.eligibility.Regime;
import uk.carerules.eligibility.Way;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * (b) The floor: the same law and the same RAS written by hand in plain Java, with the figures of
 * {@code rules/} copied in as constants. It gives the decision only (no reasons, no list of rules fired):
 * the least work any implementation must do. If {@code rules/} changes, this must change with it, and the
 * agreement check says so.
 */
public final class HandWritten {

    private static final FacsBand FACS_THRESHOLD = FacsBand.SUBSTANTIAL; // rules/eligibility/facs-2010/threshold.drl

    private HandWritten() {
    }

    public static EligibilityResult eligibility(EligibilityRequest request) {
        if (request.facs() != null) {
            return facs(request.facs());
        }
        return request.careAct() != null ? adult(request.careAct()) : carer(request.carer());
    }

    /** FACS 2010, para 54: the band is the highest band met by any one need; eligible at or above the council's threshold. */
    static EligibilityResult facs(FacsAnswers a) {
        FacsBand band = FacsBand.NONE;
        if (a.lifeThreatened() || a.significantHealthProblems() || a.choiceAndControl() == ChoiceAndControl.LITTLE_OR_NONE
            || a.abuseOrNeglect() == AbuseOrNeglect.SERIOUS) {
            band = FacsBand.CRITICAL;
        } else {
            if (a.choiceAndControl() == ChoiceAndControl.PARTIAL || a.abuseOrNeglect() == AbuseOrNeglect.ABUSE_OR_NEGLECT) {
                band = FacsBand.SUBSTANTIAL;
            }
            band = higher(band, extent(a.personalCareAndDomesticRoutines()));
            band = higher(band, extent(a.workEducationLearning()));
            band = higher(band, extent(a.socialSupportSystems()));
            band = higher(band, extent(a.familyAndSocialRoles()));
        }
        boolean eligible = band != FacsBand.NONE && band.isAtLeast(FACS_THRESHOLD);
        return new EligibilityResult(Regime.FACS_2010, band, FACS_THRESHOLD, eligible, List.of());
    }

    private static FacsBand extent(Extent e) {
        return switch (e) {
            case VITAL -> FacsBand.CRITICAL;
            case MAJORITY -> FacsBand.SUBSTANTIAL;
            case SEVERAL -> FacsBand.MODERATE;
            case ONE_OR_TWO -> FacsBand.LOW;
            case NONE -> FacsBand.NONE;
        };
    }

    private static FacsBand higher(FacsBand a, FacsBand b) {
        return b.isHigherThan(a) ? b : a;
    }

    /** SI 2015/313 reg 2: impairment or illness; unable to achieve two or more outcomes; significant impact on wellbeing. */
    static EligibilityResult adult(CareActAnswers a) {
        Map<AdultOutcome, Way> outcomes = a.outcomesOrNone();
        List<String> notAchieved = new ArrayList<>(4);
        for (AdultOutcome o : AdultOutcome.values()) {
            Way way = outcomes.get(o);
            if (way != null && way != Way.ACHIEVED) {
                notAchieved.add(o.name());
            }
        }
        boolean eligible = a.impairmentOrIllness() && notAchieved.size() >= 2 && a.significantImpactOnWellbeing();
        return new EligibilityResult(Regime.CARE_ACT_2014, null, null, eligible, notAchieved);
    }

    /** SI 2015/313 reg 3: needs from providing care; health at risk or unable to achieve any one outcome; significant impact on wellbeing. */
    static EligibilityResult carer(CarerAnswers a) {
        Map<CarerOutcome, CarerWay> outcomes = a.outcomesOrNone();
        List<String> notAchieved = new ArrayList<>(4);
        for (CarerOutcome o : CarerOutcome.values()) {
            CarerWay way = outcomes.get(o);
            if (way != null && way != CarerWay.ACHIEVED) {
                notAchieved.add(o.name());
            }
        }
        boolean eligible = a.needsFromProvidingNecessaryCare() && (a.healthAtRisk() || !notAchieved.isEmpty())
            && a.significantImpactOnWellbeing();
        return new EligibilityResult(Regime.CARE_ACT_2014_CARER, null, null, eligible, notAchieved);
    }

    // ---------------------------------------------------------------- the RAS (rules/allocation)

    /** Questionnaire points, in answer-code order A, B, C, ... (rules/allocation/common/questionnaire.drl). */
    private static final Map<String, int[]> POINTS = Map.ofEntries(
        Map.entry("PERSONAL_CARE", new int[] {0, 6, 14, 24, 34}),
        Map.entry("EATING_AND_DRINKING", new int[] {0, 3, 7, 12}),
        Map.entry("PHYSICAL_AND_MENTAL_WELLBEING", new int[] {0, 3, 7, 12}),
        Map.entry("DAILY_LIVING_TASKS", new int[] {0, 2, 5, 9}),
        Map.entry("RELATIONSHIPS", new int[] {0, 2, 4, 7}),
        Map.entry("COMMUNITY_PARTICIPATION", new int[] {0, 2, 5, 8}),
        Map.entry("WORK_LEARNING_VOLUNTEERING", new int[] {0, 2, 4, 6}),
        Map.entry("DECISIONS_AND_CHOICES", new int[] {0, 2, 5, 9}),
        Map.entry("STAYING_SAFE", new int[] {0, 3, 8, 14}),
        Map.entry("COMPLEX_NEEDS_OR_BEHAVIOUR", new int[] {0, 4, 10, 18, 28}),
        Map.entry("INFORMAL_SUPPORT", new int[] {0, 0, 0, 0}));

    /** Informal support reduction in percent, by answer A-D (the same in every rates.drl). */
    private static final BigDecimal[] INFORMAL_SUPPORT_PERCENT = {
        BigDecimal.ZERO, new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("30")};

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal WEEKS = new BigDecimal("52");
    private static final BigDecimal PANEL_SIGN_OFF = new BigDecimal("300.00");

    /** One financial year's rates (rules/allocation/YYYY-YY/rates.drl: price per point, minimum, maximum). */
    private record Rates(LocalDate from, LocalDate to, BigDecimal price, BigDecimal minimum, BigDecimal maximum) {
    }

    private static final Rates[] RATES = {
        new Rates(LocalDate.parse("2024-04-01"), LocalDate.parse("2025-03-31"), new BigDecimal("4.00"), new BigDecimal("25.00"), new BigDecimal("500.00")),
        new Rates(LocalDate.parse("2025-04-01"), LocalDate.parse("2026-03-31"), new BigDecimal("4.20"), new BigDecimal("26.00"), new BigDecimal("525.00")),
        new Rates(LocalDate.parse("2026-04-01"), LocalDate.parse("2027-03-31"), new BigDecimal("4.40"), new BigDecimal("27.00"), new BigDecimal("550.00")),
    };

    public static Ras allocation(AllocationRequest request) {
        Rates rates = null;
        for (Rates r : RATES) {
            if (!request.assessmentDate().isBefore(r.from()) && !request.assessmentDate().isAfter(r.to())) {
                rates = r;
                break;
            }
        }
        if (rates == null) {
            throw new IllegalArgumentException("No RAS rates in force on " + request.assessmentDate());
        }
        Map<String, String> answers = request.answers();
        int points = 0;
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            points += POINTS.get(answer.getKey())[answer.getValue().charAt(0) - 'A'];
        }
        BigDecimal weekly = pennies(rates.price().multiply(BigDecimal.valueOf(points)));
        BigDecimal percent = INFORMAL_SUPPORT_PERCENT[answers.get("INFORMAL_SUPPORT").charAt(0) - 'A'];
        if (percent.signum() > 0) {
            weekly = weekly.subtract(pennies(weekly.multiply(percent).divide(HUNDRED)));
        }
        boolean panel = false;
        if (weekly.compareTo(rates.minimum()) < 0) {
            weekly = rates.minimum();
        } else if (weekly.compareTo(rates.maximum()) > 0) {
            weekly = rates.maximum();
            panel = true;
        }
        BigDecimal annual = pennies(weekly.multiply(WEEKS));
        panel |= weekly.compareTo(PANEL_SIGN_OFF) > 0
            || "E".equals(answers.get("PERSONAL_CARE")) || "E".equals(answers.get("COMPLEX_NEEDS_OR_BEHAVIOUR"));
        return new Ras(points, weekly, annual, panel);
    }

    private static BigDecimal pennies(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
