package uk.carerules.eligibility;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** The assessor's findings against each FACS 2010 criterion. */
@Serdeable
@Introspected
public record FacsAnswers(@NotNull Boolean lifeThreatened,
                          @NotNull Boolean significantHealthProblems,
                          @NotNull ChoiceAndControl choiceAndControl,
                          @NotNull AbuseOrNeglect abuseOrNeglect,
                          @NotNull Extent personalCareAndDomesticRoutines,
                          @NotNull Extent workEducationLearning,
                          @NotNull Extent socialSupportSystems,
                          @NotNull Extent familyAndSocialRoles) {
}
