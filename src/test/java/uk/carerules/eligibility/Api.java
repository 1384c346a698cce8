package uk.carerules.eligibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.LinkedHashMap;
import java.util.Map;

/** Test helpers: requests built as maps, sent with Micronaut's HTTP client, answers read as JSON trees. */
final class Api {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private Api() {
    }

    /** An answer, whatever its status. */
    record Reply(int status, String contentType, String text, JsonNode body) {

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    static Reply post(HttpClient client, String path, String body) {
        return post(client, path, body, MediaType.APPLICATION_JSON_TYPE);
    }

    static Reply post(HttpClient client, String path, String body, MediaType contentType) {
        MutableHttpRequest<String> request = HttpRequest.POST(path, body).contentType(contentType)
            .accept(MediaType.APPLICATION_JSON_TYPE, new MediaType("application/problem+json")).basicAuth("tester", "tester");
        return exchange(client, request);
    }

    static Reply get(HttpClient client, String path) {
        return exchange(client, HttpRequest.GET(path).accept(MediaType.APPLICATION_JSON_TYPE, new MediaType("application/problem+json"))
            .basicAuth("tester", "tester"));
    }

    private static Reply exchange(HttpClient client, HttpRequest<?> request) {
        HttpResponse<String> response;
        try {
            response = client.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> error = (HttpResponse<String>) e.getResponse();
            response = error;
        }
        String text = response.getBody(String.class).orElse(null);
        JsonNode tree = null;
        if (text != null && !text.isBlank()) {
            try {
                tree = JSON.readTree(text);
            } catch (JsonProcessingException notJson) {
                tree = null;
            }
        }
        return new Reply(response.getStatus().getCode(), response.getContentType().map(MediaType::toString).orElse(null), text, tree);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ valid requests (API.md), as mutable maps

    static Map<String, Object> facs(String date) {
        Map<String, Object> facs = new LinkedHashMap<>();
        facs.put("lifeThreatened", false);
        facs.put("significantHealthProblems", false);
        facs.put("choiceAndControl", "FULL");
        facs.put("abuseOrNeglect", "NONE");
        facs.put("personalCareAndDomesticRoutines", "MAJORITY");
        facs.put("workEducationLearning", "NONE");
        facs.put("socialSupportSystems", "SEVERAL");
        facs.put("familyAndSocialRoles", "NONE");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("personRef", "P-1001");
        request.put("assessmentDate", date);
        request.put("facs", facs);
        return request;
    }

    static Map<String, Object> careAct(String date) {
        Map<String, Object> outcomes = new LinkedHashMap<>();
        outcomes.put("PERSONAL_HYGIENE", "TAKES_SIGNIFICANTLY_LONGER");
        outcomes.put("NUTRITION", "UNABLE_WITHOUT_ASSISTANCE");
        Map<String, Object> careAct = new LinkedHashMap<>();
        careAct.put("impairmentOrIllness", true);
        careAct.put("significantImpactOnWellbeing", true);
        careAct.put("outcomes", outcomes);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("personRef", "P-2001");
        request.put("assessmentDate", date);
        request.put("careAct", careAct);
        return request;
    }

    static Map<String, Object> carer(String date) {
        Map<String, Object> outcomes = new LinkedHashMap<>();
        outcomes.put("RECREATION", "SIGNIFICANT_PAIN_DISTRESS_ANXIETY");
        Map<String, Object> carer = new LinkedHashMap<>();
        carer.put("needsFromProvidingNecessaryCare", true);
        carer.put("healthAtRisk", false);
        carer.put("significantImpactOnWellbeing", true);
        carer.put("outcomes", outcomes);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("personRef", "C-3001");
        request.put("assessmentDate", date);
        request.put("carer", carer);
        return request;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> part(Map<String, Object> request, String name) {
        return (Map<String, Object>) request.get(name);
    }
}
