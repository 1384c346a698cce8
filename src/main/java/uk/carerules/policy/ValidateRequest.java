package uk.carerules.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Which candidate directory, under the candidates root, to validate. */
@Serdeable
@Introspected
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ValidateRequest(@NotBlank @Size(max = 200) String directory) {
}
