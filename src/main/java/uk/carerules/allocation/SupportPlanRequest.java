package uk.carerules.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** A costed support plan: lines with a unit, a weekly quantity and a unit cost; a route for all lines or for each. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Introspected
public record SupportPlanRequest(DeliveryRoute route,
                                 @NotNull @NotEmpty @Size(max = 100) List<@Valid @NotNull Line> lines,
                                 @Size(max = 36) String supersedes) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Introspected
    public record Line(@NotBlank @Size(max = 200) String service,
                       @NotBlank @Size(max = 50) String unit,
                       @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal quantityPerWeek,
                       @NotNull @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal unitCost,
                       DeliveryRoute route) {
    }
}
