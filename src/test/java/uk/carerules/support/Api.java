package uk.carerules.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.net.URL;
import java.util.List;
import java.util.Map;

/** A small blocking client for tests: every answer, success or problem, comes back as status and JSON map. */
public final class Api implements AutoCloseable {

    public record Answer(int status, String contentType, Map<String, Object> body) {
        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list(String field) {
            return (List<Map<String, Object>>) body.get(field);
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> map(String field) {
            return (Map<String, Object>) body.get(field);
        }

        public String string(String field) {
            return (String) body.get(field);
        }
    }

    private final URL url;
    private final HttpClient client;
    private final BlockingHttpClient blocking;

    private final String user;
    private final String password;

    /** Signed in as the test administrator (application-test.yml). */
    public Api(URL url) {
        this(url, "tester", "tester");
    }

    /** Signed in as {@code user}; {@code null} for no credentials at all. */
    public Api(URL url, String user, String password) {
        this.url = url;
        this.client = HttpClient.create(url);
        this.blocking = client.toBlocking();
        this.user = user;
        this.password = password;
    }

    public Api as(String demoUser) {
        return new Api(url, demoUser, "demo");
    }

    public Answer post(String path, Object body) {
        return exchange(signed(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON)));
    }

    public Answer postRaw(String path, String body, String contentType) {
        return exchange(signed(HttpRequest.POST(path, body).contentType(contentType)));
    }

    public Answer get(String path) {
        return exchange(signed(HttpRequest.GET(path)));
    }

    private <T> io.micronaut.http.MutableHttpRequest<T> signed(io.micronaut.http.MutableHttpRequest<T> request) {
        return user == null ? request : request.basicAuth(user, password);
    }

    private Answer exchange(HttpRequest<?> request) {
        try {
            HttpResponse<String> response = blocking.exchange(request, Argument.STRING);
            return new Answer(response.code(), response.getHeaders().get("Content-Type"), parse(response.getBody().orElse("")));
        } catch (HttpClientResponseException e) {
            return new Answer(e.code(), e.getResponse().getHeaders().get("Content-Type"),
                parse(e.getResponse().getBody(String.class).orElse("")));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String body) {
        if (body.isBlank()) {
            return Map.of();
        }
        try {
            Object value = JSON.readValue(body, Object.class);
            return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of("items", value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Override
    public void close() {
        client.close();
    }
}
