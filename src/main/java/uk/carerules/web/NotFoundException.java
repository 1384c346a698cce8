package uk.carerules.web;

import io.micronaut.http.HttpStatus;

/** No such record: 404. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, "Not found", detail, null);
    }
}
