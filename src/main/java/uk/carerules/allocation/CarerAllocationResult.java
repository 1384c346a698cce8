package uk.carerules.allocation;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** A carer's personal budget as the carers' rules set it. */
@Serdeable
public record CarerAllocationResult(BigDecimal amount, String frequency, String scheme) {
}
