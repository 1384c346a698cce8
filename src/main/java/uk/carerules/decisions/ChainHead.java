package uk.carerules.decisions;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The last link of the decision chain. */
@MappedEntity("chain_head")
public record ChainHead(@Id Integer id, long seq, String recordHash) {
}
