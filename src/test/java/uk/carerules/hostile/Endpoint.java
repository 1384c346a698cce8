package uk.carerules.hostile;

import java.util.List;

/**
 * A deciding endpoint and what a valid body for it looks like: the base body (one of several), and which paths in it
 * are required, enumerations, dates and numbers, each with values that can never be valid there. Paths are dotted,
 * with [n] for list items (e.g. {@code lines[1].unitCost}).
 */
enum Endpoint {

    ELIGIBILITY("/api/eligibility",
        List.of("""
                {"personRef":"H-1","assessmentDate":"2012-03-01","clientGroup":"OLDER_PEOPLE","facs":{"lifeThreatened":false,
                 "significantHealthProblems":true,"choiceAndControl":"PARTIAL","abuseOrNeglect":"NONE",
                 "personalCareAndDomesticRoutines":"SEVERAL","workEducationLearning":"NONE","socialSupportSystems":"ONE_OR_TWO",
                 "familyAndSocialRoles":"MAJORITY"}}""",
            """
                {"personRef":"H-2","assessmentDate":"2024-05-10","clientGroup":"MENTAL_HEALTH","careAct":{"impairmentOrIllness":true,
                 "significantImpactOnWellbeing":true,"outcomes":{"NUTRITION":"UNABLE_WITHOUT_ASSISTANCE",
                 "PERSONAL_HYGIENE":"TAKES_SIGNIFICANTLY_LONGER","HOME_SAFELY":"ENDANGERS_HEALTH_OR_SAFETY"}}}""",
            """
                {"personRef":"C-3","assessmentDate":"2024-05-10","carer":{"needsFromProvidingNecessaryCare":true,"healthAtRisk":false,
                 "significantImpactOnWellbeing":true,"outcomes":{"RECREATION":"SIGNIFICANT_PAIN_DISTRESS_ANXIETY"}}}"""),
        List.of("personRef", "assessmentDate", "facs", "facs.lifeThreatened", "facs.significantHealthProblems", "facs.choiceAndControl",
            "facs.abuseOrNeglect", "facs.personalCareAndDomesticRoutines", "facs.workEducationLearning", "facs.socialSupportSystems",
            "facs.familyAndSocialRoles", "careAct", "careAct.impairmentOrIllness", "careAct.significantImpactOnWellbeing", "carer",
            "carer.needsFromProvidingNecessaryCare", "carer.healthAtRisk", "carer.significantImpactOnWellbeing"),
        List.of("clientGroup", "facs.choiceAndControl", "facs.abuseOrNeglect", "facs.personalCareAndDomesticRoutines",
            "facs.workEducationLearning", "facs.socialSupportSystems", "facs.familyAndSocialRoles", "careAct.outcomes.NUTRITION",
            "careAct.outcomes.PERSONAL_HYGIENE", "careAct.outcomes.HOME_SAFELY", "carer.outcomes.RECREATION"),
        List.of("assessmentDate"),
        List.of()),

    ALLOCATION("/api/allocations",
        List.of("""
            {"personRef":"H-1","assessmentDate":"2024-06-01","eligibilityDecisionId":"{eligibility}","clientGroup":"OLDER_PEOPLE",
             "answers":{"PERSONAL_CARE":"C","EATING_AND_DRINKING":"B","PHYSICAL_AND_MENTAL_WELLBEING":"B","DAILY_LIVING_TASKS":"C",
             "RELATIONSHIPS":"A","COMMUNITY_PARTICIPATION":"B","WORK_LEARNING_VOLUNTEERING":"A","DECISIONS_AND_CHOICES":"B",
             "STAYING_SAFE":"C","COMPLEX_NEEDS_OR_BEHAVIOUR":"A","INFORMAL_SUPPORT":"B"}}"""),
        List.of("personRef", "assessmentDate", "eligibilityDecisionId", "answers", "answers.PERSONAL_CARE", "answers.STAYING_SAFE",
            "answers.INFORMAL_SUPPORT"),
        List.of("clientGroup", "answers.PERSONAL_CARE", "answers.EATING_AND_DRINKING", "answers.INFORMAL_SUPPORT",
            "answers.COMPLEX_NEEDS_OR_BEHAVIOUR"),
        List.of("assessmentDate"),
        List.of()),

    SUPPORT_PLAN("/api/allocations/{id}/support-plan",
        List.of("""
                {"route":"DIRECT_PAYMENT","lines":[{"service":"Home care","unit":"hours","quantityPerWeek":14,"unitCost":23.50},
                 {"service":"Day centre","unit":"days","quantityPerWeek":2,"unitCost":35.00,"route":"COUNCIL_ARRANGED"}]}""",
            """
                {"lines":[{"service":"Personal assistant","unit":"hours","quantityPerWeek":20.5,"unitCost":15.75,"route":"DIRECT_PAYMENT"}]}"""),
        List.of("lines", "lines[0].service", "lines[0].unit", "lines[0].quantityPerWeek", "lines[0].unitCost"),
        List.of("route", "lines[0].route", "lines[1].route"),
        List.of(),
        List.of("lines[0].quantityPerWeek", "lines[0].unitCost", "lines[1].quantityPerWeek", "lines[1].unitCost")),

    PANEL_DECISION("/api/allocations/{id}/panel-decision",
        List.of("""
                {"decision":"DECLINED","reason":"The panel found the plan does not meet the assessed needs."}""",
            """
                {"decision":"ADJUSTED","agreedWeekly":480.00,"reason":"Agreed at a lower amount with a review in 12 weeks."}"""),
        List.of("decision", "reason"),
        List.of("decision"),
        List.of(),
        List.of("agreedWeekly")),

    CALIBRATION("/api/calibration",
        List.of("""
            {"date":"2025-06-01","bands":4,"financialYear":"2026-27","cases":[
             {"caseRef":"S-1","clientGroup":"OLDER_PEOPLE","points":12,"weeklyCost":60.00},
             {"caseRef":"S-2","clientGroup":"MENTAL_HEALTH","points":25,"weeklyCost":101.50},
             {"caseRef":"S-3","points":31,"weeklyCost":130.00},
             {"caseRef":"S-4","points":40,"weeklyCost":150.25},
             {"caseRef":"S-5","points":55,"weeklyCost":220.00},
             {"caseRef":"S-6","points":70,"weeklyCost":260.00}]}"""),
        List.of("cases", "cases[0].caseRef", "cases[0].weeklyCost", "cases[3].caseRef", "cases[3].weeklyCost"),
        List.of("cases[0].clientGroup", "cases[1].clientGroup"),
        List.of("date"),
        List.of("bands", "cases[0].points", "cases[0].weeklyCost", "cases[2].points", "cases[4].weeklyCost", "envelopeWeekly",
            "contingencyPercent"));

    final String path;
    final List<String> bases;
    final List<String> required;
    final List<String> enums;
    final List<String> dates;
    final List<String> numbers;

    Endpoint(String path, List<String> bases, List<String> required, List<String> enums, List<String> dates, List<String> numbers) {
        this.path = path;
        this.bases = bases;
        this.required = required;
        this.enums = enums;
        this.dates = dates;
        this.numbers = numbers;
    }
}
