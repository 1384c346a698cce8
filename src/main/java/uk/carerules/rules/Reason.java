package uk.carerules.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** Why part of a decision came out as it did: plain English, its authority and the rule that said so. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Reason(String rule, String text, String source) {
}
