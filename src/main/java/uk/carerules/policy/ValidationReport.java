package uk.carerules.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.carerules.rules.Ruleset;
import uk.carerules.rules.RulesetProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** What validating a rules directory found: the rulesets in it and every problem, located. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ValidationReport(String directory, boolean valid, List<RulesetSummary> rulesets, List<RulesetProblem> problems) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RulesetSummary(String name, String kind, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, String hash, int files) {
    }

    public static ValidationReport of(String directory, List<Ruleset> rulesets, List<RulesetProblem> problems) {
        return new ValidationReport(directory, problems.stream().noneMatch(RulesetProblem::isError),
            rulesets.stream().map(r -> new RulesetSummary(r.name(), r.kind().name(), r.manifest().effectiveFrom(),
                r.manifest().effectiveTo(), r.hash(), r.files().size())).toList(), problems);
    }

    /** One readable block, as the command line and a refused start-up print it. */
    public String text() {
        String head = (valid ? "VALID: " : "INVALID: ") + directory + " (" + rulesets.size() + " ruleset" + (rulesets.size() == 1 ? "" : "s")
            + ", " + problems.stream().filter(RulesetProblem::isError).count() + " error(s), "
            + problems.stream().filter(p -> !p.isError()).count() + " warning(s))";
        String sets = rulesets.stream().map(r -> "  " + r.kind() + " " + r.name() + " " + r.effectiveFrom() + " to "
            + (r.effectiveTo() == null ? "(open)" : r.effectiveTo()) + " " + r.hash()).collect(Collectors.joining("\n"));
        String found = problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
        return head + (sets.isEmpty() ? "" : "\n" + sets) + (found.isEmpty() ? "" : "\n" + found);
    }
}
