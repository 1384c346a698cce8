package uk.carerules.rules;

import java.util.ArrayList;
import java.util.List;

/** Checks over a set of rulesets that the DRL compiler cannot make. */
public final class RulesetChecks {

    private RulesetChecks() {
    }

    /** Two versions of one kind in force on the same day would make the choice of rules arbitrary. */
    public static List<RulesetProblem> overlappingPeriods(List<Ruleset> rulesets) {
        List<RulesetProblem> problems = new ArrayList<>();
        for (int i = 0; i < rulesets.size(); i++) {
            for (int j = i + 1; j < rulesets.size(); j++) {
                Ruleset a = rulesets.get(i);
                Ruleset b = rulesets.get(j);
                if (a.kind() == b.kind() && a.manifest().overlaps(b.manifest())) {
                    problems.add(RulesetProblem.error(b.manifestPath(),
                        "effective period " + b.manifest().period() + " overlaps " + a.name() + " (" + a.manifest().period() + ")"));
                }
            }
        }
        return problems;
    }
}
