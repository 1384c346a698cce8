Feature: Audit - old decisions replay under their own rules after the rules change
  The rules folder changes: a threshold is lowered, a price is changed, a year's rates are retired. A
  decision made before the change must still replay to the answer it gave, because the service stored the
  full text of the rules that made it (README, "Changing the policy"). New decisions follow the new rules.
  Each scenario works on a copy of the live rules with a database of its own, changes the copy, and
  restarts the service on the same records. The live rules are never touched.

  Background:
    Given the rules are a copy of the live rules

  Scenario: The FACS threshold is lowered to Moderate after a decision was made
    Given an adult assessed on 2012-03-01 under FACS
    And the person cannot carry out several personal care or domestic routines
    When the eligibility decision is made
    Then the needs are not eligible
    When the rules folder is changed so that the FACS threshold is Moderate
    And the service is restarted on the same records
    Then replaying the earlier decision still gives the same answer
    When the auditor reads the earlier decision
    Then the record shows the outcome "NOT_ELIGIBLE"
    # the same needs, decided again, now meet the lowered threshold
    Given an adult assessed on 2012-03-01 under FACS
    And the person cannot carry out several personal care or domestic routines
    When the eligibility decision is made
    Then the needs are eligible
    And the council's threshold is Moderate
    And replaying that decision still gives the same answer
    When the audit check is run
    Then the audit check finds the chain whole

  Scenario: A budget made under the 2024-25 rates still replays to its figure after those rates are removed
    # 29 x £4.00 = £116.00
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
    When the indicative budget is worked out
    Then the weekly indicative budget is £116.00
    When in the copy, the 2024-25 rates are removed
    And the service is restarted on the same records
    Then replaying the earlier decision still gives the same answer
    And the replay was run under the rules "allocation/2024-25"
    When the auditor reads the earlier decision
    Then the record shows the weekly indicative budget of £116.00
    And the record shows it was made under the rules "allocation/2024-25"
    # the same request today finds no rates in force on its date
    When the indicative budget is worked out
    Then the allocation is refused with status 422 and a message containing "No RAS rates are in force on 2024-06-01"
    When the audit check is run
    Then the audit check finds the chain whole

  Scenario: The 2025-26 price per point is changed after a budget was made
    # before: 29 x £4.20 = £121.80; after: 29 x £4.50 = £130.50 a week, x 52 = £6,786.00
    Given a person whose needs were found eligible on 2025-05-10
    And the questionnaire is answered on 2025-06-02 with every domain at B and informal support A
    When the indicative budget is worked out
    Then the weekly indicative budget is £121.80
    When the rules folder is changed so that the price per point for 2025-26 is £4.50
    And the service is restarted with the changed rules
    Then replaying the earlier decision still gives the same answer
    When the indicative budget is worked out
    Then the method is price per point at £4.50
    And the weekly indicative budget is £130.50
    And the annual indicative budget is £6,786.00
    And a reason cites "4.50 pounds a point a week"
    When the auditor reads the earlier decision
    Then the record shows the weekly indicative budget of £121.80
    When the auditor replays every decision
    Then every replay gives the same answer
