package uk.carerules.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** The assessor's findings against each FACS 2010 criterion. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
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
