package uk.carerules.bench;

import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;
import uk.carerules.allocation.AllocationRequest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * (c) The peer engine: the KIE DMN engine (the one released with Drools 10, FEEL decision tables)
 * evaluating the same RAS points and prices, written as a DMN model (src/main/resources/ras.dmn, made by
 * tools/make_ras_dmn.py). The model is compiled once; each decision is a fresh DMNContext and evaluateAll.
 */
public final class DmnRas {

    public static final String NAMESPACE = "https://carerules.uk/bench/ras";

    private final DMNRuntime runtime;
    private final DMNModel model;

    public DmnRas() {
        Resource resource = ResourceFactory.newClassPathResource("ras.dmn", DmnRas.class);
        this.runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration().fromResources(List.of(resource))
            .getOrElseThrow(e -> new IllegalStateException("ras.dmn does not compile", e));
        this.model = runtime.getModel(NAMESPACE, "RAS");
        if (model == null) {
            throw new IllegalStateException("ras.dmn has no model RAS in " + NAMESPACE);
        }
        if (model.hasErrors()) {
            throw new IllegalStateException("ras.dmn has errors: " + model.getMessages(DMNMessage.Severity.ERROR));
        }
    }

    public Ras allocation(AllocationRequest request) {
        DMNContext context = runtime.newContext();
        context.set("assessmentDate", request.assessmentDate());
        for (Map.Entry<String, String> answer : request.answers().entrySet()) {
            context.set(answer.getKey(), answer.getValue());
        }
        DMNResult result = runtime.evaluateAll(model, context);
        if (result.hasErrors()) {
            throw new IllegalStateException("DMN evaluation failed for " + request.personRef() + ": "
                + result.getMessages(DMNMessage.Severity.ERROR).stream().map(DMNMessage::getText).collect(Collectors.joining("; ")));
        }
        return new Ras(((BigDecimal) value(result, "Total points")).intValueExact(),
            (BigDecimal) value(result, "Weekly amount"),
            (BigDecimal) value(result, "Annual amount"),
            (Boolean) value(result, "Panel required"));
    }

    private static Object value(DMNResult result, String decision) {
        DMNDecisionResult r = result.getDecisionResultByName(decision);
        if (r == null || r.getEvaluationStatus() != DMNDecisionResult.DecisionEvaluationStatus.SUCCEEDED) {
            throw new IllegalStateException("DMN decision '" + decision + "' did not succeed: " + (r == null ? "missing" : r.getMessages()));
        }
        return r.getResult();
    }
}
