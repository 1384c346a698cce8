package uk.carerules.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A ruleset version: identity, period, files, first use, and whether it is in the live rules directory now. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RulesetVersionView(String hash,
                                 String name,
                                 String kind,
                                 LocalDate effectiveFrom,
                                 @Nullable LocalDate effectiveTo,
                                 List<FileView> files,
                                 @Nullable Instant firstUsedAt,
                                 boolean live) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FileView(String path, int bytes, String sha256) { // sha256 of the file's bytes alone
    }
}
