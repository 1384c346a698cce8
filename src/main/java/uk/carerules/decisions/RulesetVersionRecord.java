package uk.carerules.decisions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;

/** A ruleset version that has decided something, stored once with the full text of its files (JSON). */
@MappedEntity(value = "ruleset_version", escape = false) // unquoted: one SQL for H2 and PostgreSQL (see DecisionRepository)
public record RulesetVersionRecord(@Id String hash,
                                   String name,
                                   String kind,
                                   LocalDate effectiveFrom,
                                   @Nullable LocalDate effectiveTo,
                                   String files,
                                   @MappedProperty(type = DataType.OBJECT, converter = UtcTimestamp.class) Instant firstUsedAt) {
}
