package uk.carerules.audit;

import io.micronaut.security.annotation.Secured;
import uk.carerules.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import uk.carerules.decisions.DecisionFilter;
import uk.carerules.decisions.DecisionReader;
import uk.carerules.web.StrictJson;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController {

    private final DecisionReader reader;
    private final Replayer replayer;
    private final BatchReplayer batch;
    private final ChainVerifier verifier;
    private final StrictJson json;

    public AuditController(DecisionReader reader, Replayer replayer, BatchReplayer batch, ChainVerifier verifier, StrictJson json) {
        this.reader = reader;
        this.replayer = replayer;
        this.batch = batch;
        this.verifier = verifier;
        this.json = json;
    }

    @Secured({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Re-run a stored decision with its stored inputs under its stored ruleset text and compare, field by field")
    @Post("/decisions/{id}/replay")
    public ReplayResult replay(@PathVariable String id) {
        return replayer.replay(reader.record(id));
    }

    @Secured({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Replay every decision of a kind and period; answers a summary (an empty body replays everything)")
    @Post(value = "/replays", consumes = MediaType.APPLICATION_JSON)
    public BatchReplayResult replays(@Nullable @Body String body) {
        BatchReplayRequest r = body == null || body.isBlank()
            ? new BatchReplayRequest(null, null, null, null, null)
            : json.read(body, BatchReplayRequest.class);
        return batch.replay(new DecisionFilter(r.kind(), r.from(), r.to(), r.assessedFrom(), r.assessedTo(),
            null, null, null, null, null));
    }

    @Secured({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Walk the tamper-evident chain of stored decisions")
    @Get("/audit/verify")
    public ChainVerification verify() {
        return verifier.verify();
    }
}
