package uk.carerules.rules;

import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The DRL global {@code explanation}: rules add a reason in their consequence, passing
 * {@code drools} so that the reason carries the name of the rule that gave it.
 */
public final class Explanation {

    private final List<Reason> reasons = new ArrayList<>();

    public void add(RuleContext drools, String text, String source) {
        reasons.add(new Reason(drools.getRule().getName(), text, source));
    }

    public void add(String rule, String text, String source) {
        reasons.add(new Reason(rule, text, source));
    }

    public List<Reason> reasons() {
        return List.copyOf(reasons);
    }
}
