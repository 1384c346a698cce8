package uk.carerules.policy;

import jakarta.inject.Singleton;
import org.kie.api.KieBase;
import uk.carerules.allocation.AnnualRule;
import uk.carerules.allocation.AnswerOption;
import uk.carerules.allocation.CarerBudget;
import uk.carerules.allocation.Domain;
import uk.carerules.allocation.InformalSupportReduction;
import uk.carerules.allocation.PanelSignOff;
import uk.carerules.allocation.PointsBand;
import uk.carerules.allocation.PricePerPoint;
import uk.carerules.allocation.RasMethod;
import uk.carerules.allocation.SupportPlanTolerance;
import uk.carerules.allocation.WeeklyLimits;
import uk.carerules.eligibility.FacsBand;
import uk.carerules.eligibility.FacsThreshold;
import uk.carerules.rules.Evaluation;
import uk.carerules.rules.Ruleset;
import uk.carerules.rules.RulesetChecks;
import uk.carerules.rules.RulesetCompiler;
import uk.carerules.rules.RulesetException;
import uk.carerules.rules.RulesetKind;
import uk.carerules.rules.RulesetLoader;
import uk.carerules.rules.RulesetProblem;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a rules directory the way a policy officer needs: compile errors and warnings at file:line:column,
 * then what the compiler cannot see — a questionnaire whose domains all have answers and points, bands
 * that cover every score without gaps or overlaps, one price or table in force, periods that do not
 * overlap, a FACS threshold that is one of the four bands.
 */
@Singleton
public class RulesetValidator {

    private final RulesetCompiler compiler;

    public RulesetValidator(RulesetCompiler compiler) {
        this.compiler = compiler;
    }

    public ValidationReport validate(Path directory) {
        List<Ruleset> rulesets;
        try {
            rulesets = RulesetLoader.loadAll(directory);
        } catch (RulesetException e) {
            return new ValidationReport(directory.toString(), false, List.of(), e.problems());
        }
        return ValidationReport.of(directory.toString(), rulesets, validate(rulesets));
    }

    public List<RulesetProblem> validate(List<Ruleset> rulesets) {
        List<RulesetProblem> problems = new ArrayList<>(RulesetChecks.overlappingPeriods(rulesets));
        if (rulesets.isEmpty()) {
            problems.add(RulesetProblem.error(null, "no ruleset.yml found: there are no rulesets here"));
        }
        // Compiling is most of the work and each ruleset compiles on its own: use every core.
        rulesets.parallelStream().forEach(compiler::check);
        for (Ruleset ruleset : rulesets) {
            List<RulesetProblem> compiled = compiler.check(ruleset);
            problems.addAll(compiled);
            if (compiled.stream().anyMatch(RulesetProblem::isError)) {
                continue;
            }
            KieBase rules = compiler.compile(ruleset);
            Evaluation declared;
            try {
                declared = Evaluation.run(rules, List.of());
            } catch (RuntimeException e) {
                problems.add(RulesetProblem.error(ruleset.manifestPath(), "the declarations fail when run: " + e.getMessage()));
                continue;
            }
            Locator at = new Locator(ruleset);
            if (ruleset.kind() == RulesetKind.ALLOCATION) {
                checkAllocation(declared, at, problems);
            } else if (ruleset.manifest().regimes().contains("FACS_2010")) {
                checkFacs(declared, at, problems);
            }
        }
        return problems;
    }

    private static void checkFacs(Evaluation declared, Locator at, List<RulesetProblem> problems) {
        List<FacsThreshold> thresholds = declared.all(FacsThreshold.class);
        if (thresholds.size() != 1) {
            problems.add(at.error(Locator.declaration("FacsThreshold"), "exactly one FACS threshold must be declared, found " + thresholds.size()));
        } else if (thresholds.get(0).getBand() == null || thresholds.get(0).getBand() == FacsBand.NONE) {
            problems.add(at.error(Locator.declaration("FacsThreshold"), "the FACS threshold must be one of CRITICAL, SUBSTANTIAL, MODERATE, LOW"));
        }
    }

    private static void checkAllocation(Evaluation declared, Locator at, List<RulesetProblem> problems) {
        List<Domain> domains = declared.all(Domain.class);
        List<AnswerOption> options = declared.all(AnswerOption.class);
        if (domains.isEmpty()) {
            problems.add(at.error(Locator.declaration("Domain"), "the questionnaire declares no domains"));
        }
        Set<String> codes = new HashSet<>();
        for (Domain d : domains) {
            if (!codes.add(d.getCode())) {
                problems.add(at.error(Locator.domain(d.getCode()), "domain " + d.getCode() + " is declared more than once"));
            }
            List<AnswerOption> answers = options.stream().filter(o -> o.getDomain().equals(d.getCode())).toList();
            if (answers.isEmpty()) {
                problems.add(at.error(Locator.domain(d.getCode()), "domain " + d.getCode() + " has no answers with points"));
            }
            Set<String> answerCodes = new HashSet<>();
            for (AnswerOption o : answers) {
                if (!answerCodes.add(o.getCode())) {
                    problems.add(at.error(Locator.answer(o.getDomain(), o.getCode()), "answer " + o.getCode() + " of " + d.getCode() + " is declared more than once"));
                }
                if (o.getPoints() < 0) {
                    problems.add(at.error(Locator.answer(o.getDomain(), o.getCode()), "answer " + o.getCode() + " of " + d.getCode() + " has negative points"));
                }
            }
        }
        for (AnswerOption o : options) {
            if (!codes.contains(o.getDomain())) {
                problems.add(at.error(Locator.answer(o.getDomain(), o.getCode()), "answer " + o.getCode() + " is for domain " + o.getDomain()
                    + ", which the questionnaire does not declare"));
            }
        }
        List<InformalSupportReduction> reductions = declared.all(InformalSupportReduction.class);
        if (!reductions.isEmpty()) {
            Set<String> reduced = reductions.stream().map(InformalSupportReduction::getAnswer).collect(Collectors.toSet());
            options.stream().filter(o -> o.getDomain().equals("INFORMAL_SUPPORT") && !reduced.contains(o.getCode())).forEach(o ->
                problems.add(at.error(Locator.answer(o.getDomain(), o.getCode()), "informal support answer " + o.getCode() + " has no reduction declared")));
        }

        List<RasMethod> methods = declared.all(RasMethod.class);
        if (methods.size() != 1) {
            problems.add(at.error(Locator.declaration("RasMethod"), "exactly one method (PRICE_PER_POINT or BANDED_TABLE) must be in force, found " + methods.size()));
        } else if (methods.get(0).getMethod().equals("PRICE_PER_POINT")) {
            one(declared.all(PricePerPoint.class), "PricePerPoint", "price per point", at, problems);
        } else if (methods.get(0).getMethod().equals("BANDED_TABLE")) {
            if (declared.all(PointsBand.class).isEmpty()) {
                problems.add(at.error(Locator.declaration("RasMethod"), "the banded table is in force but no bands are declared"));
            }
        } else {
            problems.add(at.error(Locator.declaration("RasMethod"), "unknown method " + methods.get(0).getMethod() + "; allowed: PRICE_PER_POINT, BANDED_TABLE"));
        }
        int maxPoints = domains.stream().mapToInt(d -> options.stream().filter(o -> o.getDomain().equals(d.getCode()))
            .mapToInt(AnswerOption::getPoints).max().orElse(0)).sum();
        checkBands(declared.all(PointsBand.class), maxPoints, at, problems);

        one(declared.all(WeeklyLimits.class), "WeeklyLimits", "minimum and maximum weekly amount", at, problems);
        declared.all(WeeklyLimits.class).stream().filter(l -> l.getMinimum().compareTo(l.getMaximum()) > 0).forEach(l ->
            problems.add(at.error(Locator.declaration("WeeklyLimits"), "the minimum weekly amount is above the maximum")));
        one(declared.all(AnnualRule.class), "AnnualRule", "weekly-to-annual rule", at, problems);
        one(declared.all(PanelSignOff.class), "PanelSignOff", "panel sign-off threshold", at, problems);
        one(declared.all(SupportPlanTolerance.class), "SupportPlanTolerance", "support plan tolerance", at, problems);
        one(declared.all(CarerBudget.class), "CarerBudget", "carer's budget", at, problems);
    }

    /** Bands, in order of their first point, must run from 0 to the highest possible score with no gap and no overlap. */
    static void checkBands(List<PointsBand> bands, int maxPoints, Locator at, List<RulesetProblem> problems) {
        if (bands.isEmpty()) {
            return;
        }
        List<PointsBand> sorted = bands.stream().sorted(Comparator.comparingInt(PointsBand::getFromPoints)
            .thenComparingInt(PointsBand::getToPoints)).toList();
        PointsBand first = sorted.get(0);
        if (first.getFromPoints() > 0) {
            problems.add(at.error(Locator.band(first.getFromPoints(), first.getToPoints()), "the bands leave a gap: scores 0 to "
                + (first.getFromPoints() - 1) + " are in no band"));
        }
        PointsBand previous = null;
        for (PointsBand b : sorted) {
            if (b.getToPoints() < b.getFromPoints()) {
                problems.add(at.error(Locator.band(b.getFromPoints(), b.getToPoints()), "band " + b.getFromPoints() + " to " + b.getToPoints()
                    + " ends before it starts"));
            }
            if (previous != null) {
                if (b.getFromPoints() <= previous.getToPoints()) {
                    problems.add(at.error(Locator.band(b.getFromPoints(), b.getToPoints()), "band " + b.getFromPoints() + " to " + b.getToPoints()
                        + " overlaps band " + previous.getFromPoints() + " to " + previous.getToPoints()));
                } else if (b.getFromPoints() > previous.getToPoints() + 1) {
                    problems.add(at.error(Locator.band(b.getFromPoints(), b.getToPoints()), "the bands leave a gap: scores "
                        + (previous.getToPoints() + 1) + " to " + (b.getFromPoints() - 1) + " are in no band"));
                }
                if (b.getWeekly().compareTo(previous.getWeekly()) < 0) {
                    problems.add(at.warning(Locator.band(b.getFromPoints(), b.getToPoints()), "band " + b.getFromPoints() + " to " + b.getToPoints()
                        + " gives less than the band below it: more need would get less money"));
                }
            }
            if (b.getWeekly().compareTo(BigDecimal.ZERO) < 0) {
                problems.add(at.error(Locator.band(b.getFromPoints(), b.getToPoints()), "band " + b.getFromPoints() + " to " + b.getToPoints()
                    + " has a negative amount"));
            }
            previous = b;
        }
        PointsBand last = sorted.get(sorted.size() - 1);
        if (last.getToPoints() < maxPoints) {
            problems.add(at.error(Locator.band(last.getFromPoints(), last.getToPoints()), "the bands stop at " + last.getToPoints()
                + " points but the questionnaire can score up to " + maxPoints));
        }
    }

    private static <T> void one(List<T> found, String type, String what, Locator at, List<RulesetProblem> problems) {
        if (found.size() != 1) {
            problems.add(at.error(Locator.declaration(type), "exactly one " + what + " (" + type + ") must be declared, found " + found.size()));
        }
    }

}
