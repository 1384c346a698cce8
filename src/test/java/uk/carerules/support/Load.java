package uk.carerules.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent clients making decisions over real HTTP (the JDK's client, as an outside caller would), each client a
 * thread that sends its requests one after another. Every answer is counted by status; the id of every 201 is kept.
 * A client that cannot connect (the service is gone) stops; the run stops at its deadline whatever happens.
 */
public final class Load {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one run saw. {@code created}: the decision id of every 201, in the order they were answered. */
    public record Result(List<String> created, Map<Integer, Integer> statuses, List<String> serverErrors, int connectionFailures,
                         boolean finishedInTime, Duration took) {
        public int count(int status) {
            return statuses.getOrDefault(status, 0);
        }
    }

    /** The decisions one client makes; {@link Step#next} is asked for each request in turn. */
    public interface Script {
        Step start(int client);
    }

    /** One client's requests: the next (path, JSON body), given what the last 201 answered ({@code null} at first). */
    public interface Step {
        Request next(int i, JsonNode lastCreated);
    }

    public record Request(String path, Object body) {
    }

    private final List<URI> services;
    private final String authorization;
    private final HttpClient http;
    private final AtomicInteger progress = new AtomicInteger();

    /** Clients spread over {@code services} in turn (client n uses service n mod size), signed in as {@code user}. */
    public Load(List<URI> services, String user, String password) {
        this.services = services;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "load-http");
                t.setDaemon(true);
                return t;
            })).build();
    }

    /** How many 201s so far, while a run goes on. */
    public int progress() {
        return progress.get();
    }

    /** {@code clients} clients, each making up to {@code requests} requests, all stopped at {@code deadline}. */
    public Result run(int clients, int requests, Duration deadline, Script script) throws InterruptedException {
        List<String> created = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
        AtomicInteger connectionFailures = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "load-client");
            t.setDaemon(true);
            return t;
        });
        Instant started = Instant.now();
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                URI base = services.get(client % services.size());
                Step step = script.start(client);
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                JsonNode last = null;
                for (int i = 0; i < requests && !stop.get(); i++) {
                    Request r = step.next(i, last);
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(r.path()))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json").header("Authorization", authorization)
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(r.body()))).build(),
                            HttpResponse.BodyHandlers.ofString());
                        statuses.merge(response.statusCode(), 1, Integer::sum);
                        if (response.statusCode() == 201) {
                            last = JSON.readTree(response.body());
                            created.add(last.get("decisionId").asText());
                            progress.incrementAndGet();
                        } else if (response.statusCode() >= 500) {
                            serverErrors.add(r.path() + " -> " + response.statusCode() + " " + response.body());
                        }
                    } catch (IOException e) {
                        // the service is gone (killed) or refused: this client stops; what it was sending is unknown
                        connectionFailures.incrementAndGet();
                        return;
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        ready.await();
        go.countDown();
        pool.shutdown();
        boolean finished = pool.awaitTermination(deadline.toMillis(), TimeUnit.MILLISECONDS);
        stop.set(true);
        pool.shutdownNow();
        pool.awaitTermination(70, TimeUnit.SECONDS);
        return new Result(List.copyOf(created), Map.copyOf(statuses), List.copyOf(serverErrors), connectionFailures.get(), finished,
            Duration.between(started, Instant.now()));
    }

    /**
     * A mix of every kind of decision a caseworker makes: FACS, Care Act and carers' eligibility, and an allocation
     * resting on the client's latest eligible Care Act decision. Person references are unique to each client.
     */
    public static Script mixedDecisions(String prefix) {
        return client -> (i, last) -> {
            String person = prefix + "-" + client + "-" + (i / 4);
            return switch (i % 4) {
                case 0 -> new Request("/api/eligibility", Cases.facs(person, "2012-03-01",
                    List.of("NONE", "ONE_OR_TWO", "SEVERAL", "MAJORITY", "VITAL").get((client + i) % 5)));
                case 1 -> new Request("/api/eligibility", Cases.carerEligible(person, "2024-05-10"));
                case 2 -> new Request("/api/eligibility", Cases.careActEligible(person, "2024-05-10"));
                default -> last == null ? new Request("/api/eligibility", Cases.careActEligible(person, "2024-05-10"))
                    : new Request("/api/allocations", Cases.allocation(person, "2024-06-01", last.get("decisionId").asText(),
                        Cases.answers(List.of("A", "B", "C").get((client + i) % 3), "A")));
            };
        };
    }
}
