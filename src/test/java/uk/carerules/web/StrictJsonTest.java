package uk.carerules.web;

import io.micronaut.validation.validator.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    @Test
    void aNumberWithAnExponentPastWhatBigDecimalHoldsIsABadRequestNotAFault() {
        for (String body : new String[]{"{\"agreedWeekly\":1e2147483648}", "{\"agreedWeekly\":-1e-2147483649}", "[1E+9999999999]"}) {
            BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> json.read(body, PanelDecisionRequest.class));
            assertThat(e).as("400, not a NumberFormatException (500): %s", body).isNotNull();
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("body");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}{}", "{} 1", "{\"a\":NaN}", "/* c */ {}", "{\"a\":", "[", "{\"a\":1", "\"x",
        "{\"a\":\"\\x\"}", "{\"a\":01}", "{\"a\":1,\"a\":2}"})
    void malformedJsonIsDescribedWithoutTheParsersInternals(String body) {
        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> json.read(body, PanelDecisionRequest.class));
        String message = e.errors().get(0).message();
        assertThat(message).startsWith("malformed JSON").doesNotContain("`", "com.fasterxml", "jackson", "Feature", "StreamRead", "Source:",
            "REDACTED", "bound as");
    }

    @Test
    void limitsAreDescribedWithoutTheParsersInternals() {
        for (String body : new String[]{"[".repeat(100) + "]".repeat(100), "{\"a\":\"" + "x".repeat(200_001) + "\"}", "{\"a\":" + "9".repeat(50) + "}"}) {
            String message = catchThrowableOfType(BadRequestException.class, () -> json.read(body, PanelDecisionRequest.class)).errors().get(0).message();
            assertThat(message).contains("exceeds the maximum allowed").doesNotContain("`", "StreamReadConstraints", "from");
        }
    }

    @Test
    void theNulCharacterIsRefusedInAnyStringOrKey() {
        for (String body : new String[]{"{\"decision\":\"DECLINED\",\"reason\":\"no\\u0000\"}", "{\"supersedes\":\"\\u0000\"}"}) {
            BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> json.read(body, PanelDecisionRequest.class));
            assertThat(e.errors()).extracting(FieldError::message).contains(StrictJson.NUL);
        }
    }
}
