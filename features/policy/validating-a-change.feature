Feature: Checking a change to the rules before it reaches assessors
  Policy staff change a copy of the live rules (a candidate) and have it checked before it goes live:
  mistakes are reported at the file and line where they are, and the service keeps deciding with the live
  rules meanwhile. Candidates are folders on the server; rule files are never uploaded.

  Scenario: The live rules, copied unchanged, are valid
    Given a candidate "unchanged" copied from the live rules
    When the candidate "unchanged" is validated
    Then the candidate is valid
    And no error is reported

  Scenario: A mistake in a rule's condition is reported at its file and line
    Given a candidate "typo" copied from the live rules
    And in the candidate "typo", the file "eligibility/facs-2010/bands.drl" has "FacsNeeds( lifeThreatened )" replaced by "FacsNeeds( lifeThreatened == )"
    When the candidate "typo" is validated
    Then the candidate is not valid
    And an error is reported in "eligibility/facs-2010/bands.drl" at the line containing "FacsNeeds( lifeThreatened == )"

  Scenario: The service keeps deciding with the live rules while a candidate is broken
    Given a candidate "typo-again" copied from the live rules
    And in the candidate "typo-again", the file "eligibility/facs-2010/bands.drl" has "FacsNeeds( lifeThreatened )" replaced by "FacsNeeds( lifeThreatened == )"
    And policy staff validate the candidate "typo-again"
    And an adult assessed on 2012-03-01 under FACS
    And the person's life is, or will be, threatened
    When the eligibility decision is made
    Then the needs are in the Critical band

  Scenario: Overlapping bands in a banded table are reported at the band's line
    Given a candidate "overlap" copied from the live rules
    And in the candidate "overlap", the file "allocation/2025-26/rates.drl" has "new PointsBand(20, 29," replaced by "new PointsBand(15, 29,"
    When the candidate "overlap" is validated
    Then the candidate is not valid
    And an error is reported in "allocation/2025-26/rates.drl" at the line containing "new PointsBand(15, 29,"
    And an error is reported saying "overlaps band 10 to 19"

  Scenario: A gap in the banded table is reported
    Given a candidate "gap" copied from the live rules
    And in the candidate "gap", the file "allocation/2024-25/rates.drl" has "new PointsBand(30, 39," replaced by "new PointsBand(32, 39,"
    When the candidate "gap" is validated
    Then an error is reported in "allocation/2024-25/rates.drl" at the line containing "new PointsBand(32, 39,"
    And an error is reported saying "scores 30 to 31 are in no band"

  Scenario: Bands that stop short of the highest possible score are reported
    Given a candidate "short" copied from the live rules
    And in the candidate "short", the file "allocation/2026-27/rates.drl" has "new PointsBand(120, 139," replaced by "new PointsBand(120, 130,"
    When the candidate "short" is validated
    Then an error is reported saying "the bands stop at 130 points but the questionnaire can score up to 139"

  Scenario: A FACS threshold that is not one of the four bands is refused
    Given a candidate "no-threshold" copied from the live rules
    And in the candidate "no-threshold", the FACS threshold is changed to NONE
    When the candidate "no-threshold" is validated
    Then an error is reported saying "must be one of CRITICAL, SUBSTANTIAL, MODERATE, LOW"

  Scenario: Two rate sets in force on the same day are refused
    Given a candidate "overlapping-years" copied from the live rules
    And in the candidate "overlapping-years", the file "allocation/2025-26/ruleset.yml" has "effectiveFrom: 2025-04-01" replaced by "effectiveFrom: 2025-03-01"
    When the candidate "overlapping-years" is validated
    Then an error is reported saying "overlaps allocation/2024-25"

  Scenario: A questionnaire answer without points for its domain is refused
    Given a candidate "orphan-answer" copied from the live rules
    And in the candidate "orphan-answer", the file "allocation/common/questionnaire.drl" has "new AnswerOption(\"RELATIONSHIPS\", \"D\"" replaced by "new AnswerOption(\"FRIENDSHIPS\", \"D\""
    When the candidate "orphan-answer" is validated
    Then an error is reported saying "which the questionnaire does not declare"
