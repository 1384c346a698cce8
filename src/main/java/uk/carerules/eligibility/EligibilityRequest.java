package uk.carerules.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An assessment sent for an eligibility decision: exactly one of {@code facs}, {@code careAct}, {@code carer}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Introspected
public record EligibilityRequest(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*", message = "must be a reference of letters, digits and . _ / - (no names)") String personRef,
                                 @NotNull LocalDate assessmentDate,
                                 ClientGroup clientGroup,
                                 @Valid FacsAnswers facs,
                                 @Valid CareActAnswers careAct,
                                 @Valid CarerAnswers carer,
                                 @Size(max = 36) String supersedes) {
}
