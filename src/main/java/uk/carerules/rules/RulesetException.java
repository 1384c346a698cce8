package uk.carerules.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A ruleset that cannot be loaded or compiled, with every problem found. */
public class RulesetException extends RuntimeException {

    private final List<RulesetProblem> problems;

    public RulesetException(String summary, List<RulesetProblem> problems) {
        super(summary + System.lineSeparator() + problems.stream()
            .map(p -> "  " + p)
            .collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<RulesetProblem> problems() {
        return problems;
    }
}
