package uk.carerules.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One version of a ruleset: its manifest and the exact text of every file that makes it up,
 * keyed by path relative to the rules root.
 *
 * <p>The version is identified by {@link #hash()}: SHA-256 over the files in ascending order of
 * path (Java String order), each contributing {@code path '\n' byteLength '\n' bytes '\n'} with path
 * and bytes in UTF-8. The manifest file is one of the files, so a changed effective period is a new
 * version.
 */
public final class Ruleset {

    public static final String MANIFEST = "ruleset.yml";

    private final RulesetManifest manifest;
    private final SortedMap<String, String> files;
    private final String hash;

    public Ruleset(RulesetManifest manifest, Map<String, String> files) {
        this.manifest = manifest;
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        this.hash = hashOf(this.files);
    }

    public static String hashOf(SortedMap<String, String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> file : files.entrySet()) {
                byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
                digest.update(bytes);
                digest.update((byte) '\n');
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public RulesetManifest manifest() {
        return manifest;
    }

    public String name() {
        return manifest.name();
    }

    public RulesetKind kind() {
        return manifest.kind();
    }

    /** Every file, manifest included, by relative path. */
    public SortedMap<String, String> files() {
        return files;
    }

    /** Only the DRL sources, by relative path. */
    public SortedMap<String, String> drlFiles() {
        SortedMap<String, String> drl = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.endsWith(".drl")) {
                drl.put(path, text);
            }
        });
        return drl;
    }

    /** The path of the manifest, relative to the rules root. */
    public String manifestPath() {
        return files.keySet().stream().filter(p -> p.equals(MANIFEST) || p.endsWith("/" + MANIFEST)).findFirst().orElse(MANIFEST);
    }

    public String hash() {
        return hash;
    }

    @Override
    public String toString() {
        return manifest.name() + " (" + manifest.period() + ", " + hash + ")";
    }
}
