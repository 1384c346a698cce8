package uk.carerules.rules;

import io.micronaut.serde.annotation.Serdeable;

/** One thing wrong with a ruleset, located so that a policy officer can go straight to it. */
@Serdeable
public record RulesetProblem(String severity, String file, int line, int column, String message) {

    public static RulesetProblem error(String file, String message) {
        return new RulesetProblem("ERROR", file, 0, 0, message);
    }

    public static RulesetProblem warning(String file, String message) {
        return new RulesetProblem("WARNING", file, 0, 0, message);
    }

    public boolean isError() {
        return "ERROR".equals(severity);
    }

    /** {@code file:line:column: message}, the form editors and compilers use. */
    @Override
    public String toString() {
        return (file == null ? "(ruleset)" : file) + ":" + line + ":" + column + ": "
            + (isError() ? "" : "warning: ") + message;
    }
}
