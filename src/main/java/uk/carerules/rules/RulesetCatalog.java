package uk.carerules.rules;

import io.micronaut.context.annotation.Context;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The live rulesets, read from the configured directory and compiled when the service starts
 * ({@code @Context}: a broken ruleset stops the start with every problem listed, instead of failing
 * the first assessor who needs it).
 */
@Context
public class RulesetCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(RulesetCatalog.class);

    private final RulesetCompiler compiler;
    private final Path root;
    private final List<Ruleset> rulesets;

    public RulesetCatalog(RulesConfiguration configuration, RulesetCompiler compiler) {
        this.compiler = compiler;
        this.root = Path.of(configuration.getDir()).toAbsolutePath().normalize();
        this.rulesets = List.copyOf(RulesetLoader.loadAll(root));
        List<RulesetProblem> problems = new ArrayList<>(RulesetChecks.overlappingPeriods(rulesets));
        for (Ruleset ruleset : rulesets) {
            try {
                compiler.compile(ruleset);
            } catch (RulesetException e) {
                problems.addAll(e.problems());
            }
        }
        if (problems.stream().anyMatch(RulesetProblem::isError)) {
            throw new RulesetException("The rules in " + root + " are broken; the service will not decide with them", problems);
        }
        rulesets.forEach(r -> LOG.info("Ruleset {} {} in force {} ({} files)", r.kind(), r.name(), r.manifest().period(), r.files().size()));
    }

    public Path root() {
        return root;
    }

    public List<Ruleset> all() {
        return rulesets;
    }

    public Optional<Ruleset> inForce(RulesetKind kind, LocalDate date) {
        return rulesets.stream().filter(r -> r.kind() == kind && r.manifest().inForceOn(date)).findFirst();
    }

    public List<Ruleset> ofKind(RulesetKind kind) {
        return rulesets.stream().filter(r -> r.kind() == kind).toList();
    }

    public KieBase kieBase(Ruleset ruleset) {
        return compiler.compile(ruleset);
    }
}
