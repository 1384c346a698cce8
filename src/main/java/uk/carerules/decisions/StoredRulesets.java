package uk.carerules.decisions;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import uk.carerules.rules.Ruleset;
import uk.carerules.rules.RulesetLoader;
import uk.carerules.rules.RulesetManifest;
import uk.carerules.web.NotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rulesets rebuilt from the text stored with the decisions, independent of what is in {@code rules/}
 * today. A rebuilt ruleset must hash to the version it was stored under, or its text was altered.
 */
@Singleton
public class StoredRulesets {

    private final RulesetVersionRepository versions;
    private final JsonMapper json;
    private final Map<String, Ruleset> rebuilt = new ConcurrentHashMap<>();

    public StoredRulesets(RulesetVersionRepository versions, JsonMapper json) {
        this.versions = versions;
        this.json = json;
    }

    public RulesetVersionRecord record(String hash) {
        return versions.findById(hash).orElseThrow(() -> new NotFoundException("There is no stored ruleset version " + hash + "."));
    }

    public SortedMap<String, String> files(RulesetVersionRecord record) {
        try {
            return new TreeMap<>(json.readValue(record.files(), Argument.mapOf(String.class, String.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Ruleset ruleset(String hash) {
        return rebuilt.computeIfAbsent(hash, h -> {
            RulesetVersionRecord record = record(h);
            SortedMap<String, String> files = files(record);
            String manifestPath = files.keySet().stream().filter(p -> p.endsWith(Ruleset.MANIFEST)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Stored ruleset " + h + " has no " + Ruleset.MANIFEST));
            RulesetManifest manifest = RulesetLoader.parseManifest(manifestPath, files.get(manifestPath), record.name());
            Ruleset ruleset = new Ruleset(manifest, files);
            if (!ruleset.hash().equals(h)) {
                throw new IllegalStateException("The stored text of ruleset " + h + " now hashes to " + ruleset.hash()
                    + ": it has been altered since it was stored");
            }
            return ruleset;
        });
    }
}
