package uk.carerules.decisions;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of a search, newest first. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DecisionPage(int page, int size, long totalItems, int totalPages, List<DecisionView> items) {
}
