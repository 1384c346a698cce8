package uk.carerules.web;

import io.micronaut.serde.annotation.Serdeable;

/** One bad field in a request, named by its path in the body (e.g. {@code facs.choiceAndControl}). */
@Serdeable
public record FieldError(String field, String message) {
}
