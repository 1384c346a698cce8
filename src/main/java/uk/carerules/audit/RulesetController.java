package uk.carerules.audit;

import io.micronaut.security.annotation.Secured;
import uk.carerules.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import uk.carerules.decisions.RulesetVersionRecord;
import uk.carerules.decisions.RulesetVersionRepository;
import uk.carerules.decisions.StoredRulesets;
import uk.carerules.rules.Ruleset;
import uk.carerules.rules.RulesetCatalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

@Controller("/api/rulesets")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RulesetController {

    private final RulesetVersionRepository versions;
    private final StoredRulesets stored;
    private final RulesetCatalog catalog;

    public RulesetController(RulesetVersionRepository versions, StoredRulesets stored, RulesetCatalog catalog) {
        this.versions = versions;
        this.stored = stored;
        this.catalog = catalog;
    }

    @Secured({Roles.POLICY, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every ruleset version that has decided something, and the live ones not yet used")
    @Get
    public List<RulesetVersionView> list() {
        List<RulesetVersionView> all = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (RulesetVersionRecord v : versions.findAllOrderByFirstUsedAt()) {
            seen.add(v.hash());
            all.add(new RulesetVersionView(v.hash(), v.name(), v.kind(), v.effectiveFrom(), v.effectiveTo(), files(stored.files(v)),
                v.firstUsedAt(), catalog.all().stream().anyMatch(r -> r.hash().equals(v.hash()))));
        }
        for (Ruleset r : catalog.all()) {
            if (!seen.contains(r.hash())) {
                all.add(new RulesetVersionView(r.hash(), r.name(), r.kind().name(), r.manifest().effectiveFrom(),
                    r.manifest().effectiveTo(), files(r.files()), null, true));
            }
        }
        all.sort(Comparator.comparing(RulesetVersionView::kind).thenComparing(RulesetVersionView::effectiveFrom)
            .thenComparing(v -> v.firstUsedAt() == null ? java.time.Instant.MAX : v.firstUsedAt()));
        return all;
    }

    @Secured({Roles.POLICY, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The full text of a ruleset version, stored or live")
    @Get("/{hash}")
    public RulesetText text(@PathVariable String hash) {
        for (Ruleset r : catalog.all()) {
            if (r.hash().equals(hash)) {
                return new RulesetText(r.hash(), r.name(), RulesetText.HASH_RULE, r.files());
            }
        }
        RulesetVersionRecord v = stored.record(hash);
        return new RulesetText(v.hash(), v.name(), RulesetText.HASH_RULE, stored.files(v));
    }

    private static String sha256(byte[] bytes) {
        try {
            return "sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<RulesetVersionView.FileView> files(SortedMap<String, String> files) {
        List<RulesetVersionView.FileView> out = new ArrayList<>();
        new TreeMap<>(files).forEach((path, text) -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.add(new RulesetVersionView.FileView(path, bytes.length, sha256(bytes)));
        });
        return out;
    }
}
