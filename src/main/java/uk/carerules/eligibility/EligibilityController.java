package uk.carerules.eligibility;

import io.micronaut.security.annotation.Secured;
import uk.carerules.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import uk.carerules.web.StrictJson;

import io.micronaut.security.authentication.Authentication;

@Controller("/api/eligibility")
@ExecuteOn(TaskExecutors.BLOCKING)
public class EligibilityController {

    private final EligibilityService service;
    private final StrictJson json;

    public EligibilityController(EligibilityService service, StrictJson json) {
        this.service = service;
        this.json = json;
    }

    @Secured({Roles.ASSESSOR, Roles.ADMIN})
    @Operation(summary = "Decide whether an assessed person's (or carer's) needs are eligible, under the law in force on the assessment date")
    @RequestBody(content = @Content(schema = @Schema(implementation = EligibilityRequest.class)))
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<EligibilityDecision> decide(@Nullable @Body String body, Authentication user) {
        // The body is raw text (nullable, so that even an empty body reaches StrictJson and its problem); the user is
        // the signed-in one, bound by Micronaut Security, never a name from the body.
        return HttpResponse.created(service.decide(json.read(body, EligibilityRequest.class), user.getName()));
    }
}
