package uk.carerules.rules;

import jakarta.inject.Singleton;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.carerules.policy.RulesetValidator;
import uk.carerules.policy.ValidationReport;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The live rulesets, read from the configured directory and compiled when the service starts (see
 * {@link RulesAtStartup}: a broken ruleset stops the start with every problem listed, instead of failing
 * the first assessor who needs it).
 */
@Singleton
public class RulesetCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(RulesetCatalog.class);

    private final RulesetCompiler compiler;
    private final Path root;
    private final List<Ruleset> rulesets;

    public RulesetCatalog(RulesConfiguration configuration, RulesetCompiler compiler, RulesetValidator validator) {
        this.compiler = compiler;
        this.root = Path.of(configuration.getDir()).toAbsolutePath().normalize();
        LOG.info("Reading and compiling the rules in {}", root);
        List<Ruleset> loaded;
        try {
            loaded = RulesetLoader.loadAll(root);
        } catch (RulesetException e) {
            LOG.error("The service will not start: the rules cannot be read.\n{}", ValidationReport.of(root.toString(), List.of(), e.problems()).text());
            throw e;
        }
        ValidationReport report = ValidationReport.of(root.toString(), loaded, validator.validate(loaded));
        if (!report.valid()) {
            LOG.error("The service will not start: the rules are broken.\n{}", report.text());
            throw new RulesetException("The rules in " + root + " are broken; the service will not decide with them", report.problems());
        }
        report.problems().forEach(p -> LOG.warn("Rules: {}", p));
        this.rulesets = List.copyOf(loaded);
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
