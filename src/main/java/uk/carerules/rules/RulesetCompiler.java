package uk.carerules.rules;

import jakarta.inject.Singleton;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;
import org.kie.internal.io.ResourceFactory;

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
    private final Map<String, List<RulesetProblem>> warnings = new ConcurrentHashMap<>();

    /** The compiled rules; a ruleset with errors throws, listing every problem. */
    public KieBase compile(Ruleset ruleset) {
        KieBase kieBase = compiled.get(ruleset.hash());
        if (kieBase != null) {
            return kieBase;
        }
        Result result = build(ruleset);
        if (result.kieBase() == null) {
            throw new RulesetException("Ruleset " + ruleset.name() + " does not compile", result.problems());
        }
        return result.kieBase();
    }

    /** Every error and warning the compiler reports (the compiled rules are kept when there are no errors). */
    public List<RulesetProblem> check(Ruleset ruleset) {
        return compiled.containsKey(ruleset.hash()) ? warnings.getOrDefault(ruleset.hash(), List.of()) : build(ruleset).problems();
    }

    private record Result(KieBase kieBase, List<RulesetProblem> problems) {
    }

    private Result build(Ruleset ruleset) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        // Each version gets its own release id, so that versions compiled side by side never replace each other.
        ReleaseId id = services.newReleaseId("uk.carerules.rulesets", "v" + ruleset.hash().replaceAll("[^A-Za-z0-9]", ""), "1.0.0");
        files.generateAndWritePomXML(id);
        ruleset.drlFiles().forEach((path, text) -> files.write("src/main/resources/" + path,
            ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8)).setResourceType(ResourceType.DRL)));
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<RulesetProblem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR, Message.Level.WARNING)) {
            String path = m.getPath() == null ? null : m.getPath().replaceFirst("^src/main/resources/", "");
            problems.add(new RulesetProblem(m.getLevel() == Message.Level.ERROR ? "ERROR" : "WARNING",
                path, Math.max(m.getLine(), 0), Math.max(m.getColumn(), 0), m.getText().trim()));
        }
        if (problems.stream().anyMatch(RulesetProblem::isError)) {
            return new Result(null, problems);
        }
        warnings.put(ruleset.hash(), List.copyOf(problems));
        KieBase kieBase = compiled.computeIfAbsent(ruleset.hash(),
            h -> services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase());
        return new Result(kieBase, problems);
    }
}
