package uk.carerules.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Which database the tests run on. By default (the README's {@code mvn -B verify}) every application context
 * has its own in-memory H2 database (application-test.yml). With {@code -Ppostgres} the build sets
 * {@code care-rules.test.postgres} to the server (e.g. {@code jdbc:postgresql://127.0.0.1:5432/}); then, once
 * per test run, this listener creates a fresh database there, points every application context at its own new
 * schema in it (system properties outrank application-test.yml), and drops the database when the run ends.
 * The JDBC driver follows from the URL, so a test that names an H2 URL of its own still gets H2.
 */
public class TestDatabase implements LauncherSessionListener {

    /** Set by the {@code postgres} Maven profile: the server's JDBC URL, ending in "/". */
    public static final String SERVER_PROPERTY = "care-rules.test.postgres";
    private static final String USER_PROPERTY = "care-rules.test.postgres-user";

    private static String database;

    public static boolean postgres() {
        return System.getProperty(SERVER_PROPERTY) != null;
    }

    private static String server() {
        String url = System.getProperty(SERVER_PROPERTY);
        return url.endsWith("/") ? url : url + "/";
    }

    private static String user() {
        return System.getProperty(USER_PROPERTY, "postgres");
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!postgres() || database != null) {
            return;
        }
        database = "carerules_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
            + UUID.randomUUID().toString().substring(0, 8);
        admin("CREATE DATABASE " + database);
        // Every application context of this run: its own schema (a random name per context), created on connecting.
        System.setProperty("care-rules.test.schema", "t${random.shortuuid}");
        settings("${care-rules.test.schema}").forEach((k, v) -> System.setProperty(k, v.toString()));
        System.setProperty("datasources.default.connection-init-sql", "CREATE SCHEMA IF NOT EXISTS ${care-rules.test.schema}");
        // The demo accounts are on by default only for H2; the role tests use them.
        System.setProperty("care-rules.demo-accounts.enabled", "true");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            database = null;
        }
    }

    /**
     * The datasource settings for a new schema in this run's PostgreSQL database, created here: for tests that start
     * several services on one schema (creating it on connecting would race), or a packaged service on one.
     */
    public static Map<String, Object> newSchema() {
        String schema = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (database == null) {
            throw new IllegalStateException("Not running on PostgreSQL (-Ppostgres)");
        }
        execute(server() + database, "CREATE SCHEMA " + schema);
        Map<String, Object> p = settings(schema);
        p.put("datasources.default.connection-init-sql", "SELECT 1"); // not the run-wide CREATE SCHEMA
        return p;
    }

    private static Map<String, Object> settings(String schema) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("datasources.default.url", server() + database + "?currentSchema=" + schema);
        p.put("datasources.default.username", user());
        p.put("datasources.default.password", "");
        p.put("datasources.default.dialect", "POSTGRES");
        return p;
    }

    private static void admin(String sql) {
        execute(server() + "postgres", sql);
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, user(), "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server() + ": " + sql + ": " + e.getMessage(), e);
        }
    }
}
