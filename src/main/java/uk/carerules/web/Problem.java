package uk.carerules.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem: every error this service answers, with {@code errors} naming bad fields and
 * {@code correlationId} tying a server fault to its log entry.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type,
                      String title,
                      int status,
                      String detail,
                      @Nullable List<FieldError> errors,
                      @Nullable String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
