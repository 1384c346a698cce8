package uk.carerules.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What a batch replay found. Differing and failed ids are listed up to a limit; the counts are always whole. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BatchReplayResult(long checked,
                                long identical,
                                long differing,
                                List<String> differingIds,
                                long failed,
                                List<String> failedIds,
                                boolean idsTruncated,
                                long millis) {
}
