package uk.carerules.policy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import uk.carerules.security.Roles;
import uk.carerules.web.StrictJson;

import java.net.URI;

/** Policy staff's workflow: validate a candidate, model its impact, calibrate prices. Nothing here alters a stored decision. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.POLICY, Roles.ADMIN})
public class PolicyController {

    private final RulesetValidator validator;
    private final Candidates candidates;
    private final WhatIfService whatIf;
    private final CalibrationService calibration;
    private final StrictJson json;

    public PolicyController(RulesetValidator validator, Candidates candidates, WhatIfService whatIf, CalibrationService calibration,
                            StrictJson json) {
        this.validator = validator;
        this.candidates = candidates;
        this.whatIf = whatIf;
        this.calibration = calibration;
        this.json = json;
    }

    @Operation(summary = "Validate a candidate ruleset directory (named under the candidates root, never uploaded)")
    @RequestBody(content = @Content(schema = @Schema(implementation = ValidateRequest.class)))
    @Post(value = "/rulesets/validate", consumes = MediaType.APPLICATION_JSON)
    public ValidationReport validate(@Nullable @Body String body) {
        ValidateRequest request = json.read(body, ValidateRequest.class);
        return validator.validate(candidates.resolve("directory", request.directory()));
    }

    @Operation(summary = "Start a what-if: re-decide stored decisions of a kind and period under a candidate; answers the job")
    @RequestBody(content = @Content(schema = @Schema(implementation = WhatIfRequest.class)))
    @Post(value = "/what-if", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<WhatIfJob> startWhatIf(@Nullable @Body String body) {
        WhatIfJob job = whatIf.start(json.read(body, WhatIfRequest.class));
        return HttpResponse.accepted(URI.create("/api/what-if/" + job.id())).body(job);
    }

    @Operation(summary = "A what-if job: progress, and the report when done")
    @Get("/what-if/{id}")
    public WhatIfJob whatIf(@PathVariable String id) {
        return whatIf.job(id);
    }

    @Operation(summary = "A finished what-if, one line per re-decided decision, as CSV")
    @Get(value = "/what-if/{id}/changes.csv", produces = "text/csv")
    public HttpResponse<String> whatIfCsv(@PathVariable String id) {
        return HttpResponse.ok(String.join("\n", whatIf.csv(id)) + "\n").contentType("text/csv");
    }

    @Operation(summary = "Cancel a running what-if")
    @Delete("/what-if/{id}")
    public WhatIfJob cancelWhatIf(@PathVariable String id) {
        return whatIf.cancel(id);
    }

    @Operation(summary = "Propose a price per point and a banded table from a sample of current cases, with fit statistics and a rate file")
    @RequestBody(content = @Content(schema = @Schema(implementation = CalibrationRequest.class)))
    @Post(value = "/calibration", consumes = MediaType.APPLICATION_JSON)
    public CalibrationResult calibrate(@Nullable @Body String body) {
        return calibration.calibrate(json.read(body, CalibrationRequest.class));
    }
}
