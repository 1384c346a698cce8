package uk.carerules.policy;

import uk.carerules.allocation.AllocationResult;
import uk.carerules.eligibility.EligibilityResult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Adds up, decision by decision, what a candidate changes; then summarises it. */
final class WhatIfAnalysis {

    private static final int MAX_IDS = 1000;
    private static final BigDecimal FIFTY = new BigDecimal("50");

    private final WhatIfRequest request;
    private long decided;
    private long changed;
    private final List<String> changedIds = new ArrayList<>();
    private final List<WhatIfReport.Undecidable> undecidable = new ArrayList<>();
    private long undecidableCount;
    // eligibility
    private long eligibleBefore;
    private long eligibleAfter;
    private long becameEligible;
    private long becameNotEligible;
    private long outcomesChanged;
    private final Map<String, Long> bandMoves = new TreeMap<>();
    // allocation
    private BigDecimal weeklyBefore = BigDecimal.ZERO;
    private BigDecimal weeklyAfter = BigDecimal.ZERO;
    private BigDecimal annualBefore = BigDecimal.ZERO;
    private BigDecimal annualAfter = BigDecimal.ZERO;
    private final List<BigDecimal> weeklyChanges = new ArrayList<>();
    private long newlyPanel;
    private long noLongerPanel;
    private final Map<String, long[]> groups = new TreeMap<>();
    private final Map<String, BigDecimal> groupWeekly = new TreeMap<>();
    final List<String> csv = new ArrayList<>();

    WhatIfAnalysis(WhatIfRequest request) {
        this.request = request;
        csv.add("decisionId,personRef,clientGroup,assessmentDate,eligibleBefore,eligibleAfter,bandBefore,bandAfter,"
            + "weeklyBefore,weeklyAfter,weeklyChange,panelBefore,panelAfter,changed");
    }

    void undecidable(String id, String reason) {
        undecidableCount++;
        if (undecidable.size() < 100) {
            undecidable.add(new WhatIfReport.Undecidable(id, reason));
        }
    }

    void eligibility(String id, String person, String group, String date, EligibilityResult before, EligibilityResult after) {
        decided++;
        boolean bandMoved = before.band() != after.band();
        boolean outcomes = !before.outcomesNotAchieved().equals(after.outcomesNotAchieved());
        boolean isChanged = before.eligible() != after.eligible() || bandMoved || outcomes;
        eligibleBefore += before.eligible() ? 1 : 0;
        eligibleAfter += after.eligible() ? 1 : 0;
        if (!before.eligible() && after.eligible()) {
            becameEligible++;
        }
        if (before.eligible() && !after.eligible()) {
            becameNotEligible++;
        }
        if (bandMoved) {
            bandMoves.merge(before.band() + "->" + after.band(), 1L, Long::sum);
        }
        if (outcomes) {
            outcomesChanged++;
        }
        long[] g = groups.computeIfAbsent(group(group), k -> new long[4]);
        g[0]++;
        if (isChanged) {
            g[1]++;
        }
        if (!before.eligible() && after.eligible()) {
            g[2]++;
        }
        if (before.eligible() && !after.eligible()) {
            g[3]++;
        }
        changed(id, isChanged);
        csv.add(String.join(",", id, csvText(person), group(group), date, String.valueOf(before.eligible()), String.valueOf(after.eligible()),
            String.valueOf(before.band()), String.valueOf(after.band()), "", "", "", "", "", String.valueOf(isChanged)));
    }

    void allocation(String id, String person, String group, String date, AllocationResult before, AllocationResult after) {
        decided++;
        BigDecimal change = after.weeklyIndicativeBudget().subtract(before.weeklyIndicativeBudget());
        boolean isChanged = change.signum() != 0 || before.panel().required() != after.panel().required()
            || before.annualIndicativeBudget().compareTo(after.annualIndicativeBudget()) != 0;
        weeklyBefore = weeklyBefore.add(before.weeklyIndicativeBudget());
        weeklyAfter = weeklyAfter.add(after.weeklyIndicativeBudget());
        annualBefore = annualBefore.add(before.annualIndicativeBudget());
        annualAfter = annualAfter.add(after.annualIndicativeBudget());
        weeklyChanges.add(change);
        if (!before.panel().required() && after.panel().required()) {
            newlyPanel++;
        }
        if (before.panel().required() && !after.panel().required()) {
            noLongerPanel++;
        }
        long[] g = groups.computeIfAbsent(group(group), k -> new long[4]);
        g[0]++;
        if (isChanged) {
            g[1]++;
        }
        groupWeekly.merge(group(group), change, BigDecimal::add);
        changed(id, isChanged);
        csv.add(String.join(",", id, csvText(person), group(group), date, "", "", "", "", before.weeklyIndicativeBudget().toPlainString(),
            after.weeklyIndicativeBudget().toPlainString(), change.toPlainString(), String.valueOf(before.panel().required()),
            String.valueOf(after.panel().required()), String.valueOf(isChanged)));
    }

    private void changed(String id, boolean isChanged) {
        if (isChanged) {
            changed++;
            if (changedIds.size() < MAX_IDS) {
                changedIds.add(id);
            }
        }
    }

    WhatIfReport report() {
        WhatIfReport.EligibilityImpact eligibility = null;
        WhatIfReport.AllocationImpact allocation = null;
        if (request.kind().name().equals("ELIGIBILITY")) {
            List<WhatIfReport.BandMove> moves = new ArrayList<>();
            bandMoves.forEach((k, v) -> moves.add(new WhatIfReport.BandMove(k.split("->")[0], k.split("->")[1], v)));
            eligibility = new WhatIfReport.EligibilityImpact(eligibleBefore, eligibleAfter, becameEligible, becameNotEligible, moves, outcomesChanged);
        } else {
            allocation = new WhatIfReport.AllocationImpact(weeklyBefore, weeklyAfter, weeklyAfter.subtract(weeklyBefore),
                annualBefore, annualAfter, annualAfter.subtract(annualBefore), mean(), median(), distribution(), newlyPanel, noLongerPanel);
        }
        List<WhatIfReport.GroupImpact> byGroup = new ArrayList<>();
        groups.forEach((group, g) -> byGroup.add(new WhatIfReport.GroupImpact(group, g[0], g[1], g[2], g[3],
            groupWeekly.getOrDefault(group, BigDecimal.ZERO))));
        return new WhatIfReport(request.candidate(), request.kind().name(), request.from(), request.to(), decided, changed,
            List.copyOf(changedIds), changed > changedIds.size(), undecidableCount, List.copyOf(undecidable), eligibility, allocation, byGroup);
    }

    private BigDecimal mean() {
        if (weeklyChanges.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return weeklyAfter.subtract(weeklyBefore).divide(BigDecimal.valueOf(weeklyChanges.size()), 2, RoundingMode.HALF_UP);
    }

    private BigDecimal median() {
        if (weeklyChanges.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        List<BigDecimal> sorted = weeklyChanges.stream().sorted(Comparator.naturalOrder()).toList();
        int n = sorted.size();
        BigDecimal m = n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return m.setScale(2, RoundingMode.HALF_UP);
    }

    private List<WhatIfReport.ChangeBand> distribution() {
        Map<String, Long> bands = new LinkedHashMap<>();
        bands.put("less than -£50", 0L);
        bands.put("-£50 to less than £0", 0L);
        bands.put("no change", 0L);
        bands.put("more than £0 to £50", 0L);
        bands.put("more than £50", 0L);
        for (BigDecimal c : weeklyChanges) {
            String band = c.compareTo(FIFTY.negate()) < 0 ? "less than -£50"
                : c.signum() < 0 ? "-£50 to less than £0"
                : c.signum() == 0 ? "no change"
                : c.compareTo(FIFTY) <= 0 ? "more than £0 to £50" : "more than £50";
            bands.merge(band, 1L, Long::sum);
        }
        List<WhatIfReport.ChangeBand> out = new ArrayList<>();
        bands.forEach((k, v) -> out.add(new WhatIfReport.ChangeBand(k, v)));
        return out;
    }

    private static String group(String group) {
        return group == null ? "NOT_RECORDED" : group;
    }

    private static String csvText(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
