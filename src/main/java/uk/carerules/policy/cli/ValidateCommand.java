package uk.carerules.policy.cli;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.carerules.policy.RulesetValidator;
import uk.carerules.policy.ValidationReport;
import uk.carerules.rules.RulesConfiguration;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a rules directory: compile errors as file:line:column, and the checks the compiler does not make. Exit 0 when valid.")
public class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", description = "the rules directory (default: the configured live rules)")
    Path directory;

    @Inject
    RulesetValidator validator;

    @Inject
    RulesConfiguration configuration;

    @Override
    public Integer call() {
        ValidationReport report = validator.validate(directory != null ? directory : Path.of(configuration.getDir()));
        System.out.println(report.text());
        return report.valid() ? 0 : 1;
    }
}
