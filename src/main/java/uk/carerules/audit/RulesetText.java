package uk.carerules.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.SortedMap;

/** The full text of a ruleset version, file by file. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RulesetText(String hash, String name, String hashRule, SortedMap<String, String> files) {

    public static final String HASH_RULE = "SHA-256 over the files in ascending order of path; each contributes its path (UTF-8), "
        + "a newline, its length in bytes, a newline, its bytes (UTF-8) and a newline";
}
