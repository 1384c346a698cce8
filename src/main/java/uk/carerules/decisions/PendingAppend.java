package uk.carerules.decisions;

import java.util.concurrent.CompletableFuture;

/** A decision waiting for its place in the chain, its id and JSON already made, and the request waiting for it. */
record PendingAppend(String id, DecisionDraft draft, String decidedBy, AppendGuard guard, String input, String output, String reasons,
                     String firedRules, CompletableFuture<DecisionRecord> stored) {
}
