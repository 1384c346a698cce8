package uk.carerules.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.List;
import java.util.Locale;

/**
 * A NUL character (%00) in the path or the query is never part of an id, a date or a reference, and PostgreSQL
 * refuses it in a query parameter: a lookup by such an id was a 500. Refused first, as a 400 problem.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class NulCharacterFilter implements Ordered {

    @RequestFilter
    @Nullable
    public MutableHttpResponse<Problem> refuseNul(HttpRequest<?> request) {
        String raw = request.getUri().getRawPath() + "?" + (request.getUri().getRawQuery() == null ? "" : request.getUri().getRawQuery());
        if (!raw.toLowerCase(Locale.ROOT).contains("%00") && raw.indexOf('\u0000') < 0) {
            return null;
        }
        String detail = "The address holds a NUL character (%00), which no path or parameter here may contain";
        return HttpResponse.<Problem>status(HttpStatus.BAD_REQUEST).contentType(Problem.MEDIA_TYPE)
            .body(new Problem("about:blank", "Bad request", 400, detail, List.of(new FieldError("path", StrictJson.NUL)), null));
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
