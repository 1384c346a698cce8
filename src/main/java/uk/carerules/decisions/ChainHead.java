package uk.carerules.decisions;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The last link of the decision chain. */
@MappedEntity(value = "chain_head", escape = false) // unquoted: one SQL for H2 and PostgreSQL (see DecisionRepository)
public record ChainHead(@Id Integer id, long seq, String recordHash) {
}
