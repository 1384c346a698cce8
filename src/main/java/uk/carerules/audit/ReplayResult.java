package uk.carerules.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The answer to a replay: whether the stored inputs, run again under the stored ruleset, give the stored outputs. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReplayResult(String decisionId,
                           String kind,
                           @Nullable String rulesetVersion,
                           boolean rerun,
                           boolean identical,
                           List<Difference> differences,
                           @Nullable String note) {
}
