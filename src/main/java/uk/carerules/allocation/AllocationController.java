package uk.carerules.allocation;

import io.micronaut.security.annotation.Secured;
import uk.carerules.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import uk.carerules.web.BadRequestException;
import uk.carerules.web.StrictJson;

import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AllocationController {

    private final AllocationService service;
    private final StrictJson json;
    private final Clock clock;

    public AllocationController(AllocationService service, StrictJson json, Clock clock) {
        this.service = service;
        this.json = json;
        this.clock = clock;
    }

    @Secured({Roles.ASSESSOR, Roles.PANEL, Roles.POLICY, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The questionnaire and RAS rates in force on a date (default today), read from the rules")
    @Get(value = "/questionnaire", produces = MediaType.APPLICATION_JSON)
    public Questionnaire questionnaire(@Nullable @QueryValue String date) {
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? LocalDate.now(clock) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw BadRequestException.field("date", "'" + (date.length() > 40 ? date.substring(0, 40) + "…" : date) + "' is not a date YYYY-MM-DD");
        }
        return service.questionnaire(day);
    }

    @Secured({Roles.ASSESSOR, Roles.ADMIN})
    @Operation(summary = "Turn the questionnaire answers of a person with eligible needs into an indicative personal budget")
    @RequestBody(content = @Content(schema = @Schema(implementation = AllocationRequest.class)))
    @Post(value = "/allocations", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<AllocationDecision> allocate(@Nullable @Body String body, Authentication user) {
        return HttpResponse.created(service.allocate(json.read(body, AllocationRequest.class), user.getName()));
    }

    @Secured({Roles.ASSESSOR, Roles.ADMIN})
    @Operation(summary = "Give an eligible carer a carer's personal budget under the carers' rules")
    @RequestBody(content = @Content(schema = @Schema(implementation = CarerAllocationRequest.class)))
    @Post(value = "/carer-allocations", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<CarerAllocationDecision> allocateForCarer(@Nullable @Body String body, Authentication user) {
        return HttpResponse.created(service.allocateForCarer(json.read(body, CarerAllocationRequest.class), user.getName()));
    }

    @Secured({Roles.ASSESSOR, Roles.ADMIN})
    @Operation(summary = "Check a costed support plan against the indicative budget: within tolerance, or to the panel")
    @RequestBody(content = @Content(schema = @Schema(implementation = SupportPlanRequest.class)))
    @Post(value = "/allocations/{id}/support-plan", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<SupportPlanDecision> supportPlan(@PathVariable String id, @Nullable @Body String body, Authentication user) {
        return HttpResponse.created(service.checkSupportPlan(id, json.read(body, SupportPlanRequest.class), user.getName()));
    }

    @Secured({Roles.PANEL, Roles.ADMIN})
    @Operation(summary = "Record the panel's decision on a package: APPROVED, ADJUSTED (with the agreed weekly amount) or DECLINED, with a reason")
    @RequestBody(content = @Content(schema = @Schema(implementation = PanelDecisionRequest.class)))
    @Post(value = "/allocations/{id}/panel-decision", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<PanelDecisionView> panelDecision(@PathVariable String id, @Nullable @Body String body, Authentication user) {
        return HttpResponse.created(service.recordPanelDecision(id, json.read(body, PanelDecisionRequest.class), user.getName()));
    }
}
