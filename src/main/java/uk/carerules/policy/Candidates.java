package uk.carerules.policy;

import jakarta.inject.Singleton;
import uk.carerules.rules.RulesConfiguration;
import uk.carerules.web.BadRequestException;
import uk.carerules.web.UnprocessableException;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Candidate rulesets are directories on the server under the configured candidates root, reviewed like
 * code. They are named, never uploaded: DRL can run arbitrary Java.
 */
@Singleton
public class Candidates {

    private final Path root;

    public Candidates(RulesConfiguration configuration) {
        this.root = Path.of(configuration.getCandidatesDir()).toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path resolve(String field, String name) {
        if (name == null || name.isBlank()) {
            throw BadRequestException.field(field, "name a candidate directory under " + root);
        }
        if (name.length() > 200 || !name.matches("[A-Za-z0-9._/-]+") || name.contains("..") || name.startsWith("/")) {
            throw BadRequestException.field(field, "must be a relative directory name under the candidates root (letters, digits, . _ / -, no ..)");
        }
        Path dir = root.resolve(name).normalize();
        if (!dir.startsWith(root)) {
            throw BadRequestException.field(field, "must stay inside the candidates root");
        }
        if (!Files.isDirectory(dir)) {
            throw new UnprocessableException(field, "There is no candidate directory '" + name + "' under " + root + ".");
        }
        return dir;
    }
}
