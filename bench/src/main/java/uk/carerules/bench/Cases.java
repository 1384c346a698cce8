package uk.carerules.bench;

import uk.carerules.allocation.AllocationRequest;
import uk.carerules.eligibility.AbuseOrNeglect;
import uk.carerules.eligibility.AdultOutcome;
import uk.carerules.eligibility.CareActAnswers;
import uk.carerules.eligibility.CarerAnswers;
import uk.carerules.eligibility.CarerOutcome;
import uk.carerules.eligibility.CarerWay;
import uk.carerules.eligibility.ChoiceAndControl;
import uk.carerules.eligibility.EligibilityRequest;
import uk.carerules.eligibility.Extent;
import uk.carerules.eligibility.FacsAnswers;
import uk.carerules.eligibility.Way;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The fixed sets of generated cases every engine is run on: the same seed always gives the same cases.
 * The mix leans towards what assessors see (most answers "no need"), with every band, way and answer
 * represented, so that each engine takes every path.
 */
public final class Cases {

    /** The seed of every case set (issue 7). Change it and every engine still has to agree. */
    public static final long SEED = 20_070_007L;
    public static final int COUNT = 10_000;

    /** The RAS questionnaire's domains and the answer codes each offers (rules/allocation/common/questionnaire.drl). */
    public static final Map<String, String> DOMAINS;
    static {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("PERSONAL_CARE", "ABCDE");
        d.put("EATING_AND_DRINKING", "ABCD");
        d.put("PHYSICAL_AND_MENTAL_WELLBEING", "ABCD");
        d.put("DAILY_LIVING_TASKS", "ABCD");
        d.put("RELATIONSHIPS", "ABCD");
        d.put("COMMUNITY_PARTICIPATION", "ABCD");
        d.put("WORK_LEARNING_VOLUNTEERING", "ABCD");
        d.put("DECISIONS_AND_CHOICES", "ABCD");
        d.put("STAYING_SAFE", "ABCD");
        d.put("COMPLEX_NEEDS_OR_BEHAVIOUR", "ABCDE");
        d.put("INFORMAL_SUPPORT", "ABCD");
        DOMAINS = Collections.unmodifiableMap(d);
    }

    private Cases() {
    }

    /** FACS 2010 assessments, dated 2010-04-01 to 2015-03-31. */
    public static List<EligibilityRequest> facs(int count) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<EligibilityRequest> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            FacsAnswers answers = new FacsAnswers(
                random.nextInt(100) < 4,
                random.nextInt(100) < 5,
                pick(random, ChoiceAndControl.values(), 80, 12, 8),
                pick(random, AbuseOrNeglect.values(), 86, 10, 4),
                pick(random, Extent.values(), 40, 22, 18, 12, 8),
                pick(random, Extent.values(), 55, 18, 14, 9, 4),
                pick(random, Extent.values(), 45, 22, 17, 10, 6),
                pick(random, Extent.values(), 45, 22, 17, 10, 6));
            cases.add(new EligibilityRequest("F-" + i, date(random, "2010-04-01", "2015-03-31"), null, answers, null, null, null));
        }
        return List.copyOf(cases);
    }

    /** Care Act 2014 assessments, dated 2015-04-01 to 2027-03-31: seven in ten for adults, three in ten for carers. */
    public static List<EligibilityRequest> careAct(int count) {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        List<EligibilityRequest> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate date = date(random, "2015-04-01", "2027-03-31");
            if (random.nextInt(10) < 7) {
                Map<AdultOutcome, Way> outcomes = new EnumMap<>(AdultOutcome.class);
                for (AdultOutcome o : AdultOutcome.values()) {
                    int r = random.nextInt(100);
                    if (r < 30) {
                        continue; // left out: achieved
                    }
                    outcomes.put(o, r < 62 ? Way.ACHIEVED : Way.values()[1 + random.nextInt(4)]);
                }
                CareActAnswers answers = new CareActAnswers(random.nextInt(100) < 90, random.nextInt(100) < 80, outcomes);
                cases.add(new EligibilityRequest("A-" + i, date, null, null, answers, null, null));
            } else {
                Map<CarerOutcome, CarerWay> outcomes = new EnumMap<>(CarerOutcome.class);
                for (CarerOutcome o : CarerOutcome.values()) {
                    int r = random.nextInt(100);
                    if (r < 40) {
                        continue;
                    }
                    outcomes.put(o, r < 80 ? CarerWay.ACHIEVED : CarerWay.values()[1 + random.nextInt(3)]);
                }
                CarerAnswers answers = new CarerAnswers(random.nextInt(100) < 90, random.nextInt(100) < 30, random.nextInt(100) < 80, outcomes);
                cases.add(new EligibilityRequest("C-" + i, date, null, null, null, answers, null));
            }
        }
        return List.copyOf(cases);
    }

    /** RAS questionnaires, dated 2024-04-01 to 2027-03-31 (the three rate years in rules/allocation). */
    public static List<AllocationRequest> ras(int count) {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        List<AllocationRequest> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, String> answers = new LinkedHashMap<>();
            // a case's overall level of need, so that low, middling and capped budgets all occur
            int level = random.nextInt(5);
            DOMAINS.forEach((domain, codes) -> {
                int k = Math.max(0, Math.min(codes.length() - 1, level - 1 + random.nextInt(3)));
                if (codes.length() == 5 && k == 4 && random.nextInt(3) > 0) {
                    k = 3; // E (two carers, constant support) is rare
                }
                answers.put(domain, String.valueOf(codes.charAt(domain.equals("INFORMAL_SUPPORT") ? random.nextInt(4) : k)));
            });
            cases.add(new AllocationRequest("R-" + i, date(random, "2024-04-01", "2027-03-31"), "eligibility-" + i, null, answers, null));
        }
        return List.copyOf(cases);
    }

    private static <E> E pick(SplittableRandom random, E[] values, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException();
    }

    private static LocalDate date(SplittableRandom random, String from, String to) {
        long start = LocalDate.parse(from).toEpochDay();
        long end = LocalDate.parse(to).toEpochDay();
        return LocalDate.ofEpochDay(start + random.nextLong(end - start + 1));
    }
}
