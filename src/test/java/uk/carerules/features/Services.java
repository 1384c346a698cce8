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
 * own fresh in-memory database, so decisions made with a candidate ruleset never mix with the live one's;
 * a scenario that restarts the service on the same records gives its rules a file database of their own.
 */
public final class Services {

    /** The live rules, as the service reads them by default. */
    public static final String DEFAULT_RULES = "rules";

    private static final Map<String, EmbeddedServer> SERVERS = new ConcurrentHashMap<>();
    /** Rules directories whose server keeps its records in a database of their own (e.g. a file in a scenario's temporary folder). */
    private static final Map<String, String> DATABASES = new ConcurrentHashMap<>();

    private Services() {
    }

    /** The server deciding with the rules in {@code rulesDir} (relative to the project root), started on first use. */
    public static EmbeddedServer forRules(String rulesDir) {
        return SERVERS.computeIfAbsent(rulesDir, Services::start);
    }

    private static EmbeddedServer start(String rulesDir) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("rules.dir", rulesDir);
        properties.put("datasources.default.url", DATABASES.getOrDefault(rulesDir, "jdbc:h2:mem:features-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        properties.put("micronaut.server.port", -1);
        properties.put("rules.candidates-dir", candidatesRoot().toString());
        return ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    /**
     * From now on the server for {@code rulesDir} keeps its records in the database at {@code url}, which outlives
     * the server: {@link #restart} starts a new server on the same records.
     */
    public static void useDatabase(String rulesDir, String url) {
        DATABASES.put(rulesDir, url);
    }

    /** Stops the server for {@code rulesDir}; the next request starts a new one, reading the rules again, on the same database. */
    public static void restart(String rulesDir) {
        if (!DATABASES.containsKey(rulesDir)) {
            throw new IllegalStateException("Only a server with a database of its own can be restarted on the same records: start the "
                + "scenario with 'Given the rules are a copy of the live rules'.");
        }
        stop(rulesDir);
    }

    /** Stops the server for {@code rulesDir}, if it is running, and forgets its database. */
    public static void forget(String rulesDir) {
        stop(rulesDir);
        DATABASES.remove(rulesDir);
    }

    /** The server for {@code rulesDir} if it is running, without starting one. */
    public static java.util.Optional<EmbeddedServer> running(String rulesDir) {
        return java.util.Optional.ofNullable(SERVERS.get(rulesDir));
    }

    private static void stop(String rulesDir) {
        EmbeddedServer server = SERVERS.remove(rulesDir);
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    private static java.nio.file.Path candidates;

    /**
     * Where the servers look for candidate rulesets: a copy, made once a run, of the shipped examples, so that
     * scenarios can add candidates of their own without touching the project's files.
     */
    public static synchronized java.nio.file.Path candidatesRoot() {
        if (candidates == null) {
            try {
                candidates = java.nio.file.Files.createTempDirectory("care-rules-candidates-");
                uk.carerules.support.RulesCopies.copy(java.nio.file.Path.of("examples"), candidates);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return candidates;
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
