Feature: Modelling a change before it goes live
  "Evaluate the impact of changing the current FACS criteria ... financial profiling" (seed 000:802).
  Policy staff re-decide the stored decisions of a period under a candidate and see what would change,
  without altering anything stored.

  Background: a service of its own, so that only this scenario's decisions are in the period
    Given the rules are a copy of the live rules

  Scenario: Lowering the FACS threshold from Substantial to Moderate: how many more people would be eligible
    Given FACS decisions have been made for:
      | person | assessed on | personal care and domestic routines | client group        |
      | F-1    | 2013-01-10  | vital                               | OLDER_PEOPLE        |
      | F-2    | 2013-02-10  | the majority                        | OLDER_PEOPLE        |
      | F-3    | 2013-03-10  | several                             | LEARNING_DISABILITY |
      | F-4    | 2013-04-10  | several                             | OLDER_PEOPLE        |
      | F-5    | 2013-05-10  | one or two                          | MENTAL_HEALTH       |
      | F-6    | 2014-05-10  | several                             | MENTAL_HEALTH       |
    When policy staff model the candidate "facs-threshold-moderate" for ELIGIBILITY decisions assessed from 2013-01-01 to 2013-12-31
    Then 5 decisions are re-decided
    And 2 more people would be eligible
    And 0 people would no longer be eligible
    And 2 decisions would change
    And nothing stored has changed

  Scenario: Lowering the threshold does not move anyone's band
    Given FACS decisions have been made for:
      | person | assessed on | personal care and domestic routines |
      | G-1    | 2012-06-01  | several                             |
    When policy staff model the candidate "facs-threshold-moderate" for ELIGIBILITY decisions assessed from 2012-01-01 to 2012-12-31
    Then 1 decision is re-decided
    And 1 more person would be eligible
    And 0 people would move from the Moderate band to the Substantial band

  Scenario: Raising the price per point by 10% costs the difference for every allocation
    # 29 points (every domain at B): £4.20 a point gives £121.80 a week; £4.62 gives £133.98: £12.18 more each.
    Given a candidate "price-rise" copied from the live rules
    And in the candidate "price-rise", the file "allocation/2025-26/rates.drl" has "new PricePerPoint(new BigDecimal(\"4.20\")" replaced by "new PricePerPoint(new BigDecimal(\"4.62\")"
    And a person whose needs were found eligible on 2025-05-01
    And the questionnaire is answered on 2025-06-02 with every domain at B and informal support A
    And the indicative budget is worked out
    And the indicative budget is worked out
    When policy staff model the candidate "price-rise" for ALLOCATION decisions assessed from 2025-06-02 to 2025-06-02
    Then 2 decisions are re-decided
    And 2 decisions would change
    And the weekly total would change by £24.36
    And 0 more people would need the panel
    And nothing stored has changed
