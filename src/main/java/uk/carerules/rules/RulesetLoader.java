package uk.carerules.rules;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads rulesets from a directory tree. Every directory holding a {@code ruleset.yml} is one ruleset:
 * its own {@code .drl} files (and those of subdirectories that are not rulesets themselves) plus the
 * {@code .drl} files of the directories it {@code include}s, relative to its own directory.
 */
public final class RulesetLoader {

    private RulesetLoader() {
    }

    public static List<Ruleset> loadAll(Path root) {
        if (!Files.isDirectory(root)) {
            throw new RulesetException("The rules directory " + root.toAbsolutePath() + " does not exist",
                List.of(RulesetProblem.error(root.toString(), "no such directory")));
        }
        List<Path> manifests;
        try (Stream<Path> walk = Files.walk(root)) {
            manifests = walk.filter(p -> p.getFileName().toString().equals(Ruleset.MANIFEST)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Ruleset> rulesets = new ArrayList<>();
        List<RulesetProblem> problems = new ArrayList<>();
        for (Path manifest : manifests) {
            try {
                rulesets.add(load(root, manifest.getParent()));
            } catch (RulesetException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesetException("The rulesets under " + root + " cannot be read", problems);
        }
        return rulesets;
    }

    public static Ruleset load(Path root, Path dir) {
        String manifestPath = relative(root, dir.resolve(Ruleset.MANIFEST));
        String manifestText = read(dir.resolve(Ruleset.MANIFEST));
        RulesetManifest manifest = parseManifest(manifestPath, manifestText, relative(root, dir));
        Map<String, String> files = new TreeMap<>();
        files.put(manifestPath, manifestText);
        collectDrl(root, dir, files);
        for (String include : manifest.include()) {
            Path included = dir.resolve(include).normalize();
            if (!included.startsWith(root.normalize()) || !Files.isDirectory(included)) {
                throw new RulesetException("Bad include", List.of(RulesetProblem.error(manifestPath,
                    "include '" + include + "' is not a directory inside the rules root")));
            }
            collectDrl(root, included, files);
        }
        if (files.size() == 1) {
            throw new RulesetException("Empty ruleset", List.of(RulesetProblem.error(manifestPath, "no .drl files")));
        }
        return new Ruleset(manifest, files);
    }

    public static RulesetManifest parseManifest(String path, String text, String defaultName) {
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            throw new RulesetException("Unreadable manifest", List.of(RulesetProblem.error(path, e.getMessage())));
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new RulesetException("Unreadable manifest", List.of(RulesetProblem.error(path, "expected a YAML mapping")));
        }
        List<RulesetProblem> problems = new ArrayList<>();
        RulesetKind kind = null;
        Object kindValue = map.get("kind");
        try {
            kind = RulesetKind.valueOf(String.valueOf(kindValue));
        } catch (IllegalArgumentException e) {
            problems.add(RulesetProblem.error(path, "kind must be one of " + List.of(RulesetKind.values()) + ", not " + kindValue));
        }
        LocalDate from = date(map.get("effectiveFrom"), "effectiveFrom", path, problems, true);
        LocalDate to = date(map.get("effectiveTo"), "effectiveTo", path, problems, false);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(RulesetProblem.error(path, "effectiveTo " + to + " is before effectiveFrom " + from));
        }
        if (!problems.isEmpty()) {
            throw new RulesetException("Bad manifest", problems);
        }
        String name = map.get("name") == null ? defaultName : String.valueOf(map.get("name"));
        return new RulesetManifest(name,
            map.get("title") == null ? name : String.valueOf(map.get("title")),
            kind, strings(map.get("regimes")), from, to, strings(map.get("include")),
            map.get("description") == null ? "" : String.valueOf(map.get("description")).trim());
    }

    private static LocalDate date(Object value, String field, String path, List<RulesetProblem> problems, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(RulesetProblem.error(path, field + " is required (YYYY-MM-DD)"));
            }
            return null;
        }
        if (value instanceof Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            problems.add(RulesetProblem.error(path, field + " must be a date YYYY-MM-DD, not " + value));
            return null;
        }
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    private static void collectDrl(Path root, Path dir, Map<String, String> files) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.toString().endsWith(".drl"))
                .filter(p -> !insideNestedRuleset(dir, p))
                .forEach(p -> files.put(relative(root, p), read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean insideNestedRuleset(Path dir, Path file) {
        for (Path p = file.getParent(); p != null && !p.equals(dir); p = p.getParent()) {
            if (Files.exists(p.resolve(Ruleset.MANIFEST))) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path root, Path p) {
        return root.normalize().relativize(p.normalize()).toString().replace('\\', '/');
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
