package uk.carerules.policy;

import jakarta.inject.Singleton;
import uk.carerules.allocation.AllocationService;
import uk.carerules.allocation.Questionnaire;
import uk.carerules.web.BadRequestException;
import uk.carerules.web.FieldError;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Calibration as councils do it (seed 004:999): set each sampled case's points against the weekly cost
 * of the support it has now, fit a price per point by least squares through the origin, scale it so the
 * sample's indicative budgets fill the envelope less a contingency for panel overrides, and propose a
 * banded table from the median cost in each band of points.
 */
@Singleton
public class CalibrationService {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final AllocationService allocation;
    private final Clock clock;

    public CalibrationService(AllocationService allocation, Clock clock) {
        this.allocation = allocation;
        this.clock = clock;
    }

    record Scored(String caseRef, int points, BigDecimal cost) {
    }

    public CalibrationResult calibrate(CalibrationRequest request) {
        LocalDate date = request.date() != null ? request.date() : LocalDate.now(clock);
        Questionnaire questionnaire = allocation.questionnaire(date);
        List<Scored> cases = score(request, questionnaire);
        BigDecimal contingency = request.contingencyPercent() == null ? BigDecimal.ZERO : request.contingencyPercent();
        long totalPoints = cases.stream().mapToLong(Scored::points).sum();
        BigDecimal currentTotal = cases.stream().map(Scored::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (totalPoints == 0) {
            throw BadRequestException.field("cases", "every case scores 0 points: no price per point can be fitted");
        }
        BigDecimal sxy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        for (Scored c : cases) {
            BigDecimal x = BigDecimal.valueOf(c.points());
            sxy = sxy.add(x.multiply(c.cost()));
            sxx = sxx.add(x.multiply(x));
        }
        BigDecimal leastSquares = sxy.divide(sxx, MC);
        List<String> notes = new ArrayList<>();
        BigDecimal available = null;
        BigDecimal scale = BigDecimal.ONE;
        if (request.envelopeWeekly() != null) {
            available = request.envelopeWeekly().multiply(BigDecimal.ONE.subtract(contingency.divide(HUNDRED, MC)), MC)
                .setScale(2, RoundingMode.HALF_UP);
            // Scale the fitted price so that the sample's indicative budgets add up to what is available.
            scale = available.divide(leastSquares.multiply(BigDecimal.valueOf(totalPoints), MC), MC);
            notes.add("Least-squares price " + leastSquares.setScale(4, RoundingMode.HALF_UP) + " scaled by " + scale.setScale(4, RoundingMode.HALF_UP)
                + " so that the sample's indicative budgets total the envelope of " + request.envelopeWeekly() + " less " + contingency
                + "% contingency (" + available + " a week).");
        } else {
            notes.add("No envelope given: the proposed price is the least-squares price, unscaled.");
        }
        BigDecimal proposed = leastSquares.multiply(scale, MC).setScale(2, RoundingMode.HALF_UP);
        CalibrationResult.Fit fit = fit(cases, leastSquares, proposed);
        int maxPoints = Math.max(questionnaire.maximumPoints(), cases.stream().mapToInt(Scored::points).max().orElse(0));
        List<CalibrationResult.Band> bands = bands(cases, request.bands() == null ? 6 : request.bands(), maxPoints, scale);
        String year = request.financialYear() != null ? request.financialYear() : String.valueOf(questionnaire.financialYear());
        String basis = cases.size() + " cases scored on the questionnaire of " + questionnaire.rulesetName() + "; least squares through the origin"
            + (available == null ? "" : ", scaled to " + available + " a week after " + contingency + "% contingency");
        String rateFile = RateFileWriter.write(year, basis, proposed, bands, questionnaire.rates());
        return new CalibrationResult(cases.size(), totalPoints, currentTotal, request.envelopeWeekly(), contingency, available,
            leastSquares.setScale(4, RoundingMode.HALF_UP), proposed, fit, bands, rateFile, notes);
    }

    private static List<Scored> score(CalibrationRequest request, Questionnaire questionnaire) {
        List<Scored> scored = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.cases().size(); i++) {
            CalibrationRequest.SampleCase c = request.cases().get(i);
            String path = "cases[" + i + "]";
            if ((c.points() == null) == (c.answers() == null)) {
                errors.add(new FieldError(path, "give either points or answers"));
                continue;
            }
            int points = c.points() != null ? c.points() : 0;
            if (c.answers() != null) {
                for (Questionnaire.DomainView domain : questionnaire.domains()) {
                    String code = c.answers().get(domain.code());
                    var answer = code == null ? java.util.Optional.<Questionnaire.AnswerView>empty() : domain.answer(code);
                    if (answer.isEmpty()) {
                        errors.add(new FieldError(path + ".answers." + domain.code(), "missing or not an answer; allowed: "
                            + domain.answers().stream().map(Questionnaire.AnswerView::code).toList()));
                    } else {
                        points += answer.get().points();
                    }
                }
            }
            scored.add(new Scored(c.caseRef(), points, c.weeklyCost()));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("Some sample cases cannot be scored", errors.subList(0, Math.min(errors.size(), 50)));
        }
        return scored;
    }

    private static CalibrationResult.Fit fit(List<Scored> cases, BigDecimal leastSquares, BigDecimal proposed) {
        BigDecimal mean = cases.stream().map(Scored::cost).reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(BigDecimal.valueOf(cases.size()), MC);
        BigDecimal ssTot = BigDecimal.ZERO;
        BigDecimal ssRes = BigDecimal.ZERO;
        int within = 0;
        CalibrationResult.Gap under = null;
        CalibrationResult.Gap over = null;
        for (Scored c : cases) {
            BigDecimal predicted = leastSquares.multiply(BigDecimal.valueOf(c.points()), MC);
            ssTot = ssTot.add(c.cost().subtract(mean).pow(2, MC));
            ssRes = ssRes.add(c.cost().subtract(predicted).pow(2, MC));
            BigDecimal indicative = proposed.multiply(BigDecimal.valueOf(c.points())).setScale(2, RoundingMode.HALF_UP);
            BigDecimal difference = indicative.subtract(c.cost());
            if (difference.abs().compareTo(c.cost().multiply(new BigDecimal("0.10"))) <= 0) {
                within++;
            }
            CalibrationResult.Gap gap = new CalibrationResult.Gap(c.caseRef(), c.points(), c.cost(), indicative, difference);
            if (difference.signum() < 0 && (under == null || difference.compareTo(under.difference()) < 0)) {
                under = gap;
            }
            if (difference.signum() > 0 && (over == null || difference.compareTo(over.difference()) > 0)) {
                over = gap;
            }
        }
        // R squared and the share within 10% are ratios, not money: reported to four places.
        BigDecimal r2 = ssTot.signum() == 0 ? BigDecimal.ONE : BigDecimal.ONE.subtract(ssRes.divide(ssTot, MC));
        BigDecimal share = BigDecimal.valueOf(within).divide(BigDecimal.valueOf(cases.size()), 4, RoundingMode.HALF_UP);
        return new CalibrationResult.Fit(r2.setScale(4, RoundingMode.HALF_UP), share, under, over);
    }

    /** Bands with about the same number of cases each, from 0 to the highest possible score; amounts never fall as points rise. */
    private static List<CalibrationResult.Band> bands(List<Scored> cases, int count, int maxPoints, BigDecimal scale) {
        List<Scored> sorted = cases.stream().sorted(Comparator.comparingInt(Scored::points)).toList();
        List<CalibrationResult.Band> bands = new ArrayList<>();
        int from = 0;
        BigDecimal floor = BigDecimal.ZERO;
        for (int b = 1; b <= count && from <= maxPoints; b++) {
            int to;
            if (b == count) {
                to = maxPoints;
            } else {
                int index = Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * (double) b / count) - 1);
                to = Math.max(from, sorted.get(index).points());
                if (to >= maxPoints) {
                    to = maxPoints;
                }
            }
            final int lo = from;
            final int hi = to;
            List<BigDecimal> costs = sorted.stream().filter(c -> c.points() >= lo && c.points() <= hi).map(Scored::cost).sorted().toList();
            BigDecimal median = costs.isEmpty() ? floor : median(costs);
            BigDecimal weekly = median.multiply(scale, MC).setScale(2, RoundingMode.HALF_UP).max(floor);
            bands.add(new CalibrationResult.Band(lo, hi, costs.size(), median.setScale(2, RoundingMode.HALF_UP), weekly));
            floor = weekly;
            from = to + 1;
        }
        return bands;
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MC);
    }
}
