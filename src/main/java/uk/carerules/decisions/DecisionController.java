package uk.carerules.decisions;

import io.micronaut.security.annotation.Secured;
import uk.carerules.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import uk.carerules.web.QueryParameters;

@Controller("/api/decisions")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DecisionController {

    private static final int MAX_PAGE_SIZE = 200;

    private final DecisionReader reader;
    private final DecisionRepository decisions;

    public DecisionController(DecisionReader reader, DecisionRepository decisions) {
        this.reader = reader;
        this.decisions = decisions;
    }

    @Secured({Roles.ASSESSOR, Roles.PANEL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A stored decision: inputs, outputs, reasons, rules fired, ruleset version, who and when")
    @Get("/{id}")
    public DecisionView get(@PathVariable String id) {
        return reader.view(id);
    }

    @Secured({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Search stored decisions, newest first. from/to: days decided (UTC); assessedFrom/assessedTo: days assessed")
    @Get
    public DecisionPage search(@Nullable @QueryValue String kind, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                               @Nullable @QueryValue String assessedFrom, @Nullable @QueryValue String assessedTo,
                               @Nullable @QueryValue String personRef, @Nullable @QueryValue String outcome,
                               @Nullable @QueryValue String rulesetVersion, @Nullable @QueryValue String decidedBy,
                               @Nullable @QueryValue String clientGroup,
                               @Nullable @QueryValue String page, @Nullable @QueryValue String size) {
        QueryParameters q = new QueryParameters();
        DecisionFilter filter = new DecisionFilter(q.enumValue("kind", kind, DecisionKind.class), q.date("from", from), q.date("to", to),
            q.date("assessedFrom", assessedFrom), q.date("assessedTo", assessedTo), q.text("personRef", personRef),
            q.text("outcome", outcome), q.text("rulesetVersion", rulesetVersion), q.text("decidedBy", decidedBy),
            q.text("clientGroup", clientGroup));
        int pageNumber = q.integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int pageSize = q.integer("size", size, 20, 1, MAX_PAGE_SIZE);
        q.throwIfAny();
        Page<DecisionRecord> found = decisions.findAll(filter.specification(),
            Pageable.from(pageNumber, pageSize, Sort.of(Sort.Order.desc("seq"))));
        return new DecisionPage(pageNumber, pageSize, found.getTotalSize(), found.getTotalPages(),
            found.getContent().stream().map(reader::view).toList());
    }
}
