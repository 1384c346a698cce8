package uk.carerules.reliability;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.carerules.support.Api;
import uk.carerules.support.Cases;
import uk.carerules.support.Load;
import uk.carerules.support.TestDatabase;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service, killed with SIGKILL in the middle of a load and started again on the same database: every
 * decision that was answered 201 is there, nothing beyond the requests in flight at the kill, the chain verifies, and
 * the service decides again. On the default embedded H2 file database (the jar run in an empty directory, so
 * ./data is its own), or on a PostgreSQL schema with -Ppostgres. Its logs carry no answers.
 */
class KillNineIT {

    static final int CLIENTS = 16;
    static final String TESTER_HASH = "$2a$10$Z0CLvpHjn35B8Xh1aWllt.DaYsSlXyJWDz4oiVJKe1iATBiCGn/hu"; // BCrypt of "tester"

    @TempDir
    Path tmp;

    private final List<Process> started = new ArrayList<>();

    /** A started jar: its process, its port and its log (standard output and error). */
    record Service(Process process, int port, Path log) {
        URI uri() {
            return URI.create("http://127.0.0.1:" + port + "/");
        }
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process p : started) {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    @Test
    void killedUnderLoadAndRestartedLosesNoAnsweredDecision() throws Exception {
        Map<String, Object> database = TestDatabase.postgres() ? TestDatabase.newSchema() : Map.of(); // empty: ./data in tmp

        Service first = start(database, tmp.resolve("first.log"));
        waitUntilServing(first);
        Load load = new Load(List.of(first.uri()), "tester", "tester");
        CompletableFuture<Load.Result> running = CompletableFuture.supplyAsync(() -> {
            try {
                return load.run(CLIENTS, 100_000, Duration.ofMinutes(3), Load.mixedDecisions("K"));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Instant until = Instant.now().plusSeconds(90);
        while (load.progress() < 2000 && Instant.now().isBefore(until) && !running.isDone()) {
            Thread.sleep(20);
        }
        first.process().destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no goodbye
        first.process().waitFor();
        Load.Result result = running.get();
        System.out.printf("kill -9 after %d decisions answered 201 (%s); statuses %s%n", result.created().size(), result.took(), result.statuses());
        assertThat(result.created()).as("decisions made before the kill").hasSizeGreaterThan(100);
        assertThat(result.serverErrors()).as("5xx answers before the kill").isEmpty();
        assertThat(result.statuses()).containsOnlyKeys(201);

        Service second = start(database, tmp.resolve("second.log"));
        waitUntilServing(second);
        try (Api api = new Api(second.uri().toURL())) {
            Set<String> stored = storedIds(api);
            long lost = result.created().stream().filter(id -> !stored.contains(id)).count();
            System.out.printf("after restart: %d stored, %d of the %d answered 201 missing%n", stored.size(), lost, result.created().size());
            assertThat(stored).as("every decision answered 201").containsAll(result.created());
            assertThat(stored.size() - result.created().size()).as("stored without an answer: only requests in flight at the kill")
                .isBetween(0, CLIENTS);
            assertThat(api.get("/api/audit/verify").body()).containsEntry("ok", true).containsEntry("checked", stored.size());

            Api.Answer after = api.post("/api/eligibility", Cases.careActEligible("K-after", "2024-05-10"));
            assertThat(after.status()).as("serves again").isEqualTo(201);
            assertThat(api.get("/api/audit/verify").body()).containsEntry("ok", true).containsEntry("checked", stored.size() + 1);
        }

        assertThat(Files.exists(tmp.resolve("data"))).as("the embedded H2 database in ./data").isEqualTo(!TestDatabase.postgres());

        String logs = Files.readString(tmp.resolve("first.log")) + Files.readString(tmp.resolve("second.log"));
        assertThat(logs).contains("Decision " + result.created().get(0) + " stored");
        assertThat(logs).as("answers in the logs").doesNotContain("UNABLE_WITHOUT_ASSISTANCE", "TAKES_SIGNIFICANTLY_LONGER",
            "PERSONAL_HYGIENE", "NOT_ELIGIBLE", "PANEL_REQUIRED", "INDICATIVE_BUDGET");
    }

    private Service start(Map<String, Object> database, Path log) throws IOException {
        int port = freePort();
        Path jar = Path.of(System.getProperty("care-rules.test.jar", "target/care-rules-0.1.0.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar (mvn verify runs this after package)").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
            "-Dmicronaut.server.port=" + port,
            "-Drules.dir=" + Path.of("rules").toAbsolutePath(),
            "-Drules.candidates-dir=" + Path.of("examples").toAbsolutePath(),
            "-Dcare-rules.accounts.tester.password-hash=" + TESTER_HASH,
            "-Dcare-rules.accounts.tester.roles=ADMIN"));
        database.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", jar.toString()));
        Process p = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
        started.add(p);
        return new Service(p, port, log);
    }

    private static void waitUntilServing(Service service) throws Exception {
        Instant until = Instant.now().plusSeconds(180);
        HttpClient http = HttpClient.newHttpClient();
        while (Instant.now().isBefore(until)) {
            if (!service.process().isAlive()) {
                throw new AssertionError("The service stopped:\n" + Files.readString(service.log()));
            }
            try {
                if (http.send(HttpRequest.newBuilder(service.uri().resolve("/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The service did not serve within 180 s:\n" + Files.readString(service.log()));
    }

    private static Set<String> storedIds(Api api) {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            Api.Answer answer = api.get("/api/decisions?size=200&page=" + page);
            assertThat(answer.status()).isEqualTo(200);
            List<Map<String, Object>> items = answer.list("items");
            items.forEach(d -> ids.add((String) d.get("decisionId")));
            if (items.size() < 200) {
                return ids;
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
