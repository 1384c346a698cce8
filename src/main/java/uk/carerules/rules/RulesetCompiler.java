package uk.carerules.rules;

import jakarta.inject.Singleton;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.ResourceType;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles ruleset text into a Drools {@link KieBase}. Compilation is the expensive step, so each
 * version is compiled once and kept by its content hash: the same text always gives the same rules,
 * which is also what lets an old decision be replayed under the exact rules that made it.
 */
@Singleton
public class RulesetCompiler {

    private final Map<String, KieBase> compiled = new ConcurrentHashMap<>();

    public KieBase compile(Ruleset ruleset) {
        return compiled.computeIfAbsent(ruleset.hash(), hash -> build(ruleset));
    }

    /** Compiles without caching and returns every error and warning (for validation). */
    public List<RulesetProblem> check(Ruleset ruleset) {
        List<RulesetProblem> problems = new ArrayList<>();
        verify(helperFor(ruleset), problems);
        return problems;
    }

    /** One compilation: its problems are checked, then its module gives the KieBase (KieHelper would compile twice). */
    private static KieBase build(Ruleset ruleset) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = fileSystem(services, ruleset);
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<RulesetProblem> problems = new ArrayList<>();
        collect(builder.getResults(), problems);
        if (problems.stream().anyMatch(RulesetProblem::isError)) {
            throw new RulesetException("Ruleset " + ruleset.name() + " does not compile", problems);
        }
        return services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    }

    private static KieFileSystem fileSystem(KieServices services, Ruleset ruleset) {
        KieFileSystem files = services.newKieFileSystem();
        // Each version gets its own release id, so that versions compiled side by side never replace each other.
        ReleaseId id = services.newReleaseId("uk.carerules.rulesets", "v" + ruleset.hash().replaceAll("[^A-Za-z0-9]", ""), "1.0.0");
        files.generateAndWritePomXML(id);
        ruleset.drlFiles().forEach((path, text) -> files.write("src/main/resources/" + path,
            ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8)).setResourceType(ResourceType.DRL)));
        return files;
    }

    private static void verify(KieHelper helper, List<RulesetProblem> problems) {
        collect(helper.verify(), problems);
    }

    private static KieHelper helperFor(Ruleset ruleset) {
        KieHelper helper = new KieHelper();
        ruleset.drlFiles().forEach((path, text) -> helper.addResource(
            ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8)).setSourcePath(path),
            ResourceType.DRL));
        return helper;
    }

    private static void collect(Results results, List<RulesetProblem> problems) {
        for (Message m : results.getMessages(Message.Level.ERROR, Message.Level.WARNING)) {
            String path = m.getPath() == null ? null : m.getPath().replaceFirst("^src/main/resources/", "");
            problems.add(new RulesetProblem(m.getLevel() == Message.Level.ERROR ? "ERROR" : "WARNING",
                path, Math.max(m.getLine(), 0), Math.max(m.getColumn(), 0), m.getText().trim()));
        }
    }
}
