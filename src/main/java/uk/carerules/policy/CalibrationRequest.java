package uk.carerules.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.carerules.eligibility.ClientGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A sample of current cases (points, or questionnaire answers scored by the questionnaire in force on
 * {@code date}) with what their support costs now, and the budget the prices must fit.
 */
@Serdeable
@Introspected
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CalibrationRequest(LocalDate date,
                                 @NotNull @NotEmpty @Size(max = 100_000) List<@Valid @NotNull SampleCase> cases,
                                 @DecimalMin("0.01") @DecimalMax("100000000") BigDecimal envelopeWeekly,
                                 @DecimalMin("0") @DecimalMax("50") BigDecimal contingencyPercent,
                                 @Min(2) @Max(30) Integer bands,
                                 @Size(max = 20) String financialYear) {

    @Serdeable
    @Introspected
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SampleCase(@NotBlank @Size(max = 64) String caseRef,
                             ClientGroup clientGroup,
                             @Min(0) @Max(100_000) Integer points,
                             @Size(max = 100) Map<String, String> answers,
                             @NotNull @DecimalMin("0") @DecimalMax("100000") BigDecimal weeklyCost) {
    }
}
