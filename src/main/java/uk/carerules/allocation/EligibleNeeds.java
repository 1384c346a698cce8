package uk.carerules.allocation;

import jakarta.inject.Singleton;
import uk.carerules.decisions.CanonicalJson;
import uk.carerules.decisions.DecisionKind;
import uk.carerules.decisions.DecisionRecord;
import uk.carerules.decisions.DecisionRepository;
import uk.carerules.decisions.Supersession;
import uk.carerules.eligibility.EligibilityResult;
import uk.carerules.eligibility.Regime;
import uk.carerules.web.UnprocessableException;

import java.time.LocalDate;

/**
 * Money enters only after eligibility is decided: an allocation must rest on a stored eligibility
 * decision, for the same person, that found the needs eligible and has not been superseded.
 */
@Singleton
public class EligibleNeeds {

    private static final String FIELD = "eligibilityDecisionId";

    private final DecisionRepository decisions;
    private final CanonicalJson json;
    private final Supersession supersession;

    public EligibleNeeds(DecisionRepository decisions, CanonicalJson json, Supersession supersession) {
        this.decisions = decisions;
        this.json = json;
        this.supersession = supersession;
    }

    public DecisionRecord require(String decisionId, String personRef, LocalDate assessmentDate, boolean carer) {
        DecisionRecord decision = decisions.findById(decisionId).orElseThrow(() -> new UnprocessableException(FIELD,
            "There is no eligibility decision " + decisionId + ". Decide eligibility first (POST /api/eligibility)."));
        if (!decision.kind().equals(DecisionKind.ELIGIBILITY.name())) {
            throw new UnprocessableException(FIELD, "Decision " + decisionId + " is a " + decision.kind()
                + " decision, not an eligibility decision.");
        }
        if (!decision.personRef().equals(personRef)) {
            throw new UnprocessableException(FIELD, "Eligibility decision " + decisionId + " is for another person, not " + personRef + ".");
        }
        supersession.requireCurrent(decision, FIELD, "Eligibility decision");
        EligibilityResult result = json.read(decision.output(), EligibilityResult.class);
        if (!result.eligible()) {
            throw new UnprocessableException(FIELD, "Eligibility decision " + decisionId + " found the needs not eligible, so no "
                + "personal budget can be allocated. The person is entitled to information and advice instead.");
        }
        boolean isCarer = result.regime() == Regime.CARE_ACT_2014_CARER;
        if (carer && !isCarer) {
            throw new UnprocessableException(FIELD, "Eligibility decision " + decisionId + " is not a carer's decision; "
                + "a carer's personal budget needs a carer's eligibility decision (SI 2015/313 reg 3).");
        }
        if (!carer && isCarer) {
            throw new UnprocessableException(FIELD, "Eligibility decision " + decisionId + " is a carer's decision; "
                + "ask for a carer's personal budget at POST /api/carer-allocations instead.");
        }
        if (assessmentDate.isBefore(decision.assessmentDate())) {
            throw new UnprocessableException("assessmentDate", "The allocation is dated " + assessmentDate
                + ", before the eligibility assessment of " + decision.assessmentDate() + ".");
        }
        return decision;
    }
}
