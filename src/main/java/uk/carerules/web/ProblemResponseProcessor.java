package uk.carerules.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;

/**
 * Every error the framework itself answers (unknown route, wrong method, wrong content type, body too
 * large, unreadable body, a fault) becomes an RFC 9457 problem. A server fault gets a correlation id,
 * logged with the exception; the client sees the id, never a stack trace or SQL.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String correlationId = null;
        String detail;
        List<FieldError> errors = null;
        if (status.getCode() >= 500) {
            correlationId = UUID.randomUUID().toString();
            LOG.error("Fault {} on {} {}", correlationId, context.getRequest().getMethod(), context.getRequest().getPath(),
                context.getRootCause().orElse(null));
            detail = "The service could not complete this request. Nothing was stored. Quote reference " + correlationId + ".";
        } else {
            detail = context.getErrors().stream().map(Error::getMessage).findFirst().orElse(status.getReason());
            List<FieldError> fieldErrors = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new FieldError(e.getPath().get(), e.getMessage()))
                .toList();
            if (fieldErrors.isEmpty() && status.getCode() == 400) {
                fieldErrors = List.of(new FieldError("body", detail)); // e.g. malformed JSON: the body itself is the bad field
            }
            errors = fieldErrors.isEmpty() ? null : fieldErrors;
        }
        Problem problem = new Problem("about:blank", status.getReason(), status.getCode(), detail, errors, correlationId);
        return response.contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
