package uk.carerules.rules;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;

/**
 * Makes the service read and compile its rules as it starts, so that it refuses to start on broken
 * rules. Not in the command line: "rules validate" must be able to report on a broken rules directory.
 */
@Context
@Requires(notEnv = Environment.CLI)
public class RulesAtStartup {

    public RulesAtStartup(RulesetCatalog catalog) {
        // constructing the catalog is the work
    }
}
