package uk.carerules.decisions;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;

@Controller("/api/decisions")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DecisionController {

    private final DecisionReader reader;

    public DecisionController(DecisionReader reader) {
        this.reader = reader;
    }

    @Operation(summary = "A stored decision: inputs, outputs, reasons, rules fired, ruleset version, who and when")
    @Get("/{id}")
    public DecisionView get(@PathVariable String id) {
        return reader.view(id);
    }
}
