package uk.carerules.features;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import uk.carerules.decisions.DecisionRepository;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real service, started over HTTP once per rules directory and kept for the whole run (starting
 * Micronaut and compiling the rules takes seconds; a scenario takes milliseconds). Each server has its
 * own fresh in-memory database, so decisions made with a candidate ruleset never mix with the live one's.
 */
public final class Services {

    /** The live rules, as the service reads them by default. */
    public static final String DEFAULT_RULES = "rules";

    private static final Map<String, EmbeddedServer> SERVERS = new ConcurrentHashMap<>();

    private Services() {
    }

    /** The server deciding with the rules in {@code rulesDir} (relative to the project root), started on first use. */
    public static EmbeddedServer forRules(String rulesDir) {
        return SERVERS.computeIfAbsent(rulesDir, Services::start);
    }

    private static EmbeddedServer start(String rulesDir) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("rules.dir", rulesDir);
        properties.put("datasources.default.url", "jdbc:h2:mem:features-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        properties.put("micronaut.server.port", -1);
        return ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    /** How many decisions the server for {@code rulesDir} has stored. */
    public static long storedDecisions(String rulesDir) {
        return forRules(rulesDir).getApplicationContext().getBean(DecisionRepository.class).count();
    }

    /** Stops every server (after the last scenario). */
    public static void stopAll() {
        SERVERS.values().forEach(server -> {
            try {
                server.getApplicationContext().close();
            } catch (RuntimeException e) {
                // shutting down after the run: nothing left to report to
            }
        });
        SERVERS.clear();
    }
}
