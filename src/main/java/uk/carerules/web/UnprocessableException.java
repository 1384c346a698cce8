package uk.carerules.web;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** Well-formed, but the case cannot be decided as asked: 422. */
public class UnprocessableException extends ProblemException {

    public UnprocessableException(String field, String detail) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "The case cannot be decided as asked", detail,
            field == null ? null : List.of(new FieldError(field, detail)));
    }

    public UnprocessableException(String detail) {
        this(null, detail);
    }
}
