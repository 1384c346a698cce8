Feature: RAS - a carer's personal budget
  A carer whose own needs are eligible (SI 2015/313 reg 3) is given a carer's personal budget, separately
  from the person they care for: Rotherham's "Supported to Care - your Choice" gave carers 350 pounds
  (seed 004:1315). carers.drl gives the amount the year's rates.drl declares (350.00, one-off, in every
  shipped year). The questionnaire is not used for a carer's budget.

  Scenario: An eligible carer is given 350.00 pounds as a one-off payment
    Given a carer whose needs were found eligible on 2024-05-10
    When a carer's budget is asked for
    Then the carer's budget is £350.00 as a one-off payment
    And the carer's budget is given under the scheme "Supported to Care - your Choice"
    And a reason says "As an eligible carer you are given a personal budget of £350.00 as a one-off payment under the council's \"Supported to Care - your Choice\" scheme"
    And a reason cites "seed 004:1315"
    And the rule "Eligible carer: carer's personal budget" fired
    And every reason names its rule, its text and its source

  Scenario: The same in 2025-26
    Given a carer whose needs were found eligible on 2025-05-10
    When the carer's personal budget is worked out
    Then the carer's personal budget is £350.00

  Scenario: A carer assessed in the same scenario
    Given a carer assessed on 2024-05-10
    And the carer's health is at risk of deteriorating
    And there is a significant impact on the carer's wellbeing
    When the eligibility decision is made
    Then the carer's needs are eligible
    When a carer's budget is asked for
    Then the carer's budget is £350.00 as a one-off payment

  Scenario: A carer whose needs are not eligible is not given a carer's budget
    Given a carer whose needs were found not eligible on 2024-05-10
    When a carer's budget is asked for
    Then the carer's budget is refused with status 422 and a message containing "found the needs not eligible"
    And nothing was stored

  Scenario: No carers' rates are in force on the date
    Given a carer whose needs were found eligible on 2020-06-01
    When a carer's budget is asked for
    Then the carer's budget is refused with status 422 and a message containing "No RAS rates are in force on 2020-06-01"
