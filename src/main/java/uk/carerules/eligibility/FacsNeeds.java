package uk.carerules.eligibility;

/** Fact: the person's needs as found against the FACS criteria. */
public class FacsNeeds {
    private final boolean lifeThreatened;
    private final boolean significantHealthProblems;
    private final ChoiceAndControl choiceAndControl;
    private final AbuseOrNeglect abuseOrNeglect;
    private final Extent personalCareAndDomesticRoutines;
    private final Extent workEducationLearning;
    private final Extent socialSupportSystems;
    private final Extent familyAndSocialRoles;

    public FacsNeeds(FacsAnswers a) {
        this.lifeThreatened = a.lifeThreatened();
        this.significantHealthProblems = a.significantHealthProblems();
        this.choiceAndControl = a.choiceAndControl();
        this.abuseOrNeglect = a.abuseOrNeglect();
        this.personalCareAndDomesticRoutines = a.personalCareAndDomesticRoutines();
        this.workEducationLearning = a.workEducationLearning();
        this.socialSupportSystems = a.socialSupportSystems();
        this.familyAndSocialRoles = a.familyAndSocialRoles();
    }

    public boolean isLifeThreatened() { return lifeThreatened; }
    public boolean isSignificantHealthProblems() { return significantHealthProblems; }
    public ChoiceAndControl getChoiceAndControl() { return choiceAndControl; }
    public AbuseOrNeglect getAbuseOrNeglect() { return abuseOrNeglect; }
    public Extent getPersonalCareAndDomesticRoutines() { return personalCareAndDomesticRoutines; }
    public Extent getWorkEducationLearning() { return workEducationLearning; }
    public Extent getSocialSupportSystems() { return socialSupportSystems; }
    public Extent getFamilyAndSocialRoles() { return familyAndSocialRoles; }
}
