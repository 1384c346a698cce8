package uk.carerules.eligibility;

import io.micronaut.security.annotation.Secured;
import uk.carerules.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import uk.carerules.web.Users;

import java.security.Principal;

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
    public HttpResponse<EligibilityDecision> decide(@Nullable @Body String body, HttpRequest<?> http) {
        // The body is read as raw text (nullable, so an empty body reaches StrictJson) and the signed-in user is taken
        // from the request, not bound as a parameter: without a security module an unannotated Principal parameter is
        // bound from the JSON body, which made the framework parse the body first (and answer bad JSON itself).
        EligibilityRequest request = json.read(body, EligibilityRequest.class);
        Principal principal = http.getUserPrincipal().orElse(null);
        return HttpResponse.created(service.decide(request, Users.name(principal)));
    }
}
