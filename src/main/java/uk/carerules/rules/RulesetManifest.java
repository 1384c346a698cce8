package uk.carerules.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code ruleset.yml} declares next to the DRL files: what the ruleset decides and the
 * assessment dates it is in force for. {@code effectiveTo} is inclusive and may be open.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RulesetManifest(String name,
                              String title,
                              RulesetKind kind,
                              List<String> regimes,
                              LocalDate effectiveFrom,
                              LocalDate effectiveTo,
                              List<String> include,
                              String description) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public boolean overlaps(RulesetManifest other) {
        LocalDate myEnd = effectiveTo == null ? LocalDate.MAX : effectiveTo;
        LocalDate otherEnd = other.effectiveTo == null ? LocalDate.MAX : other.effectiveTo;
        return !effectiveFrom.isAfter(otherEnd) && !other.effectiveFrom.isAfter(myEnd);
    }

    public String period() {
        return effectiveFrom + " to " + (effectiveTo == null ? "(open)" : effectiveTo.toString());
    }
}
