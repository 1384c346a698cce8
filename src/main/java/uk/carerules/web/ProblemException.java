package uk.carerules.web;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** A request the service answers with a problem rather than a decision. Nothing is stored. */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<FieldError> errors;

    protected ProblemException(HttpStatus status, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false); // an answer to the client, not a fault: no stack trace
        this.status = status;
        this.title = title;
        this.errors = errors == null ? null : List.copyOf(errors);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Problem problem() {
        return new Problem("about:blank", title, status.getCode(), getMessage(), errors, null);
    }
}
