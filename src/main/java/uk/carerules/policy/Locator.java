package uk.carerules.policy;

import uk.carerules.rules.Ruleset;
import uk.carerules.rules.RulesetProblem;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds where in a ruleset's DRL a declaration is written, so that a problem can name file and line. */
final class Locator {

    private final Ruleset ruleset;

    Locator(Ruleset ruleset) {
        this.ruleset = ruleset;
    }

    RulesetProblem error(String regex, String message) {
        return at(regex, "ERROR", message);
    }

    RulesetProblem warning(String regex, String message) {
        return at(regex, "WARNING", message);
    }

    private RulesetProblem at(String regex, String severity, String message) {
        Pattern pattern = Pattern.compile(regex);
        for (Map.Entry<String, String> file : ruleset.drlFiles().entrySet()) {
            Matcher m = pattern.matcher(file.getValue());
            if (m.find()) {
                String before = file.getValue().substring(0, m.start());
                int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
                int column = m.start() - before.lastIndexOf('\n');
                return new RulesetProblem(severity, file.getKey(), line, column, message);
            }
        }
        return new RulesetProblem(severity, ruleset.manifestPath(), 0, 0, message);
    }

    static String declaration(String type) {
        return "new\\s+" + Pattern.quote(type) + "\\s*\\(";
    }

    static String band(int from, int to) {
        return "new\\s+PointsBand\\s*\\(\\s*" + from + "\\s*,\\s*" + to + "\\s*,";
    }

    static String domain(String code) {
        return "new\\s+Domain\\s*\\(\\s*\"" + Pattern.quote(code) + "\"";
    }

    static String answer(String domain, String code) {
        return "new\\s+AnswerOption\\s*\\(\\s*\"" + Pattern.quote(domain) + "\"\\s*,\\s*\"" + Pattern.quote(code) + "\"";
    }
}
