package uk.carerules.web;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** The request is malformed or holds a value that is not allowed: 400, naming each bad field. */
public class BadRequestException extends ProblemException {

    public BadRequestException(String detail, List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, "Bad request", detail, errors);
    }

    public static BadRequestException field(String field, String message) {
        return new BadRequestException(field + ": " + message, List.of(new FieldError(field, message)));
    }
}
