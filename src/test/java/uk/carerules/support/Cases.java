package uk.carerules.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies used across tests. */
public final class Cases {

    private Cases() {
    }

    public static Map<String, Object> careActEligible(String personRef, String date) {
        return Map.of("personRef", personRef, "assessmentDate", date,
            "careAct", Map.of("impairmentOrIllness", true, "significantImpactOnWellbeing", true,
                "outcomes", Map.of("NUTRITION", "UNABLE_WITHOUT_ASSISTANCE", "PERSONAL_HYGIENE", "TAKES_SIGNIFICANTLY_LONGER")));
    }

    public static Map<String, Object> careActNotEligible(String personRef, String date) {
        return Map.of("personRef", personRef, "assessmentDate", date,
            "careAct", Map.of("impairmentOrIllness", true, "significantImpactOnWellbeing", true,
                "outcomes", Map.of("NUTRITION", "UNABLE_WITHOUT_ASSISTANCE")));
    }

    public static Map<String, Object> carerEligible(String personRef, String date) {
        return Map.of("personRef", personRef, "assessmentDate", date,
            "carer", Map.of("needsFromProvidingNecessaryCare", true, "healthAtRisk", true, "significantImpactOnWellbeing", true));
    }

    public static Map<String, Object> facs(String personRef, String date, String personalCare) {
        Map<String, Object> facs = new LinkedHashMap<>();
        facs.put("lifeThreatened", false);
        facs.put("significantHealthProblems", false);
        facs.put("choiceAndControl", "FULL");
        facs.put("abuseOrNeglect", "NONE");
        facs.put("personalCareAndDomesticRoutines", personalCare);
        facs.put("workEducationLearning", "NONE");
        facs.put("socialSupportSystems", "NONE");
        facs.put("familyAndSocialRoles", "NONE");
        return Map.of("personRef", personRef, "assessmentDate", date, "facs", facs);
    }

    /** Every domain of the shipped questionnaire answered with {@code level}, unpaid carer support as given. */
    public static Map<String, String> answers(String level, String informalSupport) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String domain : new String[]{"PERSONAL_CARE", "EATING_AND_DRINKING", "PHYSICAL_AND_MENTAL_WELLBEING", "DAILY_LIVING_TASKS",
            "RELATIONSHIPS", "COMMUNITY_PARTICIPATION", "WORK_LEARNING_VOLUNTEERING", "DECISIONS_AND_CHOICES", "STAYING_SAFE",
            "COMPLEX_NEEDS_OR_BEHAVIOUR"}) {
            answers.put(domain, level);
        }
        answers.put("INFORMAL_SUPPORT", informalSupport);
        return answers;
    }

    public static Map<String, Object> allocation(String personRef, String date, String eligibilityId, Map<String, String> answers) {
        return Map.of("personRef", personRef, "assessmentDate", date, "eligibilityDecisionId", eligibilityId, "answers", answers);
    }
}
