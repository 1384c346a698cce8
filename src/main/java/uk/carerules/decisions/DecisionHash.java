package uk.carerules.decisions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tamper-evident hash of a stored decision: SHA-256 over the previous decision's hash and every
 * stored field of this one, each written as {@code name=length:value\n} so no two contents collide.
 */
public final class DecisionHash {

    private DecisionHash() {
    }

    public static String of(DecisionRecord d) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            field(digest, "previousHash", d.previousHash());
            field(digest, "id", d.id());
            field(digest, "seq", Long.toString(d.seq()));
            field(digest, "kind", d.kind());
            field(digest, "personRef", d.personRef());
            field(digest, "assessmentDate", d.assessmentDate() == null ? null : d.assessmentDate().toString());
            field(digest, "regime", d.regime());
            field(digest, "outcome", d.outcome());
            field(digest, "clientGroup", d.clientGroup());
            field(digest, "rulesetHash", d.rulesetHash());
            field(digest, "relatedDecisionId", d.relatedDecisionId());
            field(digest, "supersedes", d.supersedes());
            field(digest, "input", d.input());
            field(digest, "output", d.output());
            field(digest, "reasons", d.reasons());
            field(digest, "firedRules", d.firedRules());
            field(digest, "decidedBy", d.decidedBy());
            field(digest, "decidedAt", d.decidedAt().toString());
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(MessageDigest digest, String name, String value) {
        String v = value == null ? "" : value;
        byte[] bytes = v.getBytes(StandardCharsets.UTF_8);
        digest.update((name + "=" + (value == null ? "null" : Integer.toString(bytes.length)) + ":").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        digest.update((byte) '\n');
    }
}
