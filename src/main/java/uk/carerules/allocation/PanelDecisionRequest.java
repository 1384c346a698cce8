package uk.carerules.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A panel's decision on a package, always with its reason; an agreed weekly amount when ADJUSTED. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Introspected
public record PanelDecisionRequest(@NotNull PanelOutcome decision,
                                   @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal agreedWeekly,
                                   @NotBlank @Size(max = 4000) String reason,
                                   @Size(max = 36) String supersedes) {
}
