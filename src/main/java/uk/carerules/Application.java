package uk.carerules;

import io.micronaut.configuration.picocli.PicocliRunner;
import io.micronaut.runtime.Micronaut;
import uk.carerules.policy.cli.RulesCommand;

import java.util.Arrays;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "care-rules", version = "0.1.0",
    description = "Eligibility (FACS 2010, Care Act 2014) and Resource Allocation System decisions, stored as evidence"))
public class Application {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("rules")) {
            // The command line for policy staff: same configuration and database, no HTTP server.
            System.exit(PicocliRunner.execute(RulesCommand.class, Arrays.copyOfRange(args, 1, args.length)));
        }
        Micronaut.run(Application.class, args);
    }
}
