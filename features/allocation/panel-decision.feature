Feature: RAS - the panel's decision
  Packages that exceed the indicative budget or a cost threshold go to a panel (the Placement Panel
  004:1303, the weekly Wellbeing Forum 001:116), which approves, adjusts or declines them and records why
  (POLICY.md section 1). APPROVED agrees the costed plan (or, with no plan yet, the indicative budget);
  ADJUSTED agrees the weekly amount the panel sets; DECLINED agrees nothing. A reason is always recorded.
  The panel decides once; to change its mind it records a new decision that supersedes the first.

  Background:
    Given a person whose needs were found eligible on 2024-05-10

  Rule: A plan beyond the tolerance (150.50 pounds against 116.00)

    Background:
      Given the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
      When the indicative budget is worked out
      And the support plan is costed as:
        | service    | unit  | quantity per week | unit cost | route            |
        | Home care  | hours | 5                 | £23.00    | direct payment   |
        | Day centre | days  | 1                 | £35.50    | council arranged |
      Then the plan needs the panel because PLAN_ABOVE_TOLERANCE

    Scenario: The panel approves the plan as costed
      When the panel decides APPROVED because "The day centre gives the carer a break; the plan meets the eligible needs"
      Then the panel decision is recorded as APPROVED with £150.50 a week
      And the panel decision records that the case was referred because the plan is above the tolerance

    Scenario: The panel adjusts the weekly amount
      # written without pence: the service answers in pounds with two decimals
      When the panel decides ADJUSTED at £120 a week because "Day centre needed for the carer's respite; agreed at 120"
      Then the panel decision is recorded as ADJUSTED with £120.00 a week

    Scenario: The panel declines the plan
      When the panel decides DECLINED because "The plan does not show why a day centre is needed; re-plan within the budget"
      Then the panel decision is recorded as DECLINED

    Scenario: The panel decides once; to change its mind it records a decision that supersedes the first
      When the panel decides ADJUSTED at £120.00 a week because "Agreed at 120"
      And the panel decides DECLINED because "Changed our minds"
      Then the panel decision is refused with status 422 and a message containing "already decided"
      When the panel changes its decision to DECLINED because "Reconsidered at the next meeting"
      Then the panel decision is recorded as DECLINED
      When the auditor reads the corrected decision
      Then the record shows it was superseded by the correction
      And the record shows the outcome "ADJUSTED"

    Scenario: An ADJUSTED decision must say the amount
      When the panel decides ADJUSTED because "Somewhat less"
      Then the panel decision is refused with status 400 and a message containing "must give the agreed weekly amount"
      And the problem names the field "agreedWeekly"

    Scenario: Only an ADJUSTED decision says an amount
      When the panel decides APPROVED at £120.00 a week because "Approved"
      Then the panel decision is refused with status 400 and a message containing "only an ADJUSTED decision gives an agreed weekly amount"

    Scenario: The panel must give its reason
      When the panel decides DECLINED
      Then the panel decision is refused with status 400 and a message containing "reason"
      And the problem names the field "reason"

  Rule: An indicative budget that went to the panel, before any plan

    Scenario: The panel approves the indicative budget itself
      # every domain at D: 119 x £4.00 = £476.00, above £300.00
      Given the questionnaire is answered on 2024-06-01 with every domain at D and informal support A
      When the indicative budget is worked out
      And the panel decides APPROVED because "Complex needs; the amount is right for now, review in 3 months"
      Then the panel decision is recorded as APPROVED with £476.00 a week
      And the panel decision records that the case was referred because above the sign-off threshold

    Scenario: Nothing for the panel to decide
      Given the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
      When the indicative budget is worked out
      And the panel decides APPROVED because "Looks fine"
      Then the panel decision is refused with status 422 and a message containing "has no reason to go to the panel"
      And nothing was stored
