package uk.carerules.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.carerules.rules.RulesetKind;

import java.time.LocalDate;

/**
 * Re-decide the stored decisions of one kind, assessed in a period (inclusive, both optional), under a
 * candidate ruleset directory.
 */
@Serdeable
@Introspected
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WhatIfRequest(@NotBlank @Size(max = 200) String candidate, @NotNull RulesetKind kind, LocalDate from, LocalDate to) {
}
