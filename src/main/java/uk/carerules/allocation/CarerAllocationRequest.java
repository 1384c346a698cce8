package uk.carerules.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A request for a carer's personal budget, for a carer whose needs were found eligible (reg 3). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Introspected
public record CarerAllocationRequest(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*", message = "must be a reference of letters, digits and . _ / - (no names)") String personRef,
                                     @NotNull LocalDate assessmentDate,
                                     @NotBlank @Size(max = 36) String eligibilityDecisionId,
                                     @Size(max = 36) String supersedes) {
}
