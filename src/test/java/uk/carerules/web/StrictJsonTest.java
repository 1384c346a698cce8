package uk.carerules.web;

import io.micronaut.validation.validator.Validator;
import org.junit.jupiter.api.Test;
import uk.carerules.allocation.PanelDecisionRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Bodies that reached past StrictJson as something other than a 400 (found by the hostile-input suite). */
class StrictJsonTest {

    private final StrictJson json = new StrictJson(Validator.getInstance());

    @Test
    void aBodyOfJustNullIsABadRequestNotAFault() {
        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> json.read("null", PanelDecisionRequest.class));
        assertThat(e).as("400, not an IllegalArgumentException from the validator (500)").isNotNull();
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("body");
    }
}
