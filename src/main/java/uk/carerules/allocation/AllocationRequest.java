package uk.carerules.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.carerules.eligibility.ClientGroup;

import java.time.LocalDate;
import java.util.Map;

/** The questionnaire answers for a person whose needs were found eligible. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Introspected
public record AllocationRequest(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*", message = "must be a reference of letters, digits and . _ / - (no names)") String personRef,
                                @NotNull LocalDate assessmentDate,
                                @NotBlank @Size(max = 36) String eligibilityDecisionId,
                                ClientGroup clientGroup,
                                @NotNull @NotEmpty @Size(max = 100) Map<String, String> answers,
                                @Size(max = 36) String supersedes) {
}
