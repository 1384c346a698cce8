package uk.carerules.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** A carer's personal budget as the carers' rules set it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CarerAllocationResult(BigDecimal amount, String frequency, String scheme) {
}
