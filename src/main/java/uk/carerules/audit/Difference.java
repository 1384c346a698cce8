package uk.carerules.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/** One field that came out differently on replay. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Difference(String field, @Nullable JsonNode stored, @Nullable JsonNode replayed) {
}
