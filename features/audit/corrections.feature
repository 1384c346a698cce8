Feature: Audit - a correction supersedes a decision, and the record keeps both
  Decisions are never changed. A correction is a new decision, of the same kind and for the same person,
  that names the decision it supersedes; a decision is superseded at most once (the next correction
  corrects the correction). Both stay on record: the earlier one shows what superseded it, and both still
  replay to the answers they gave.

  Scenario: An eligibility decision corrected when more is known
    Given an adult assessed on 2024-05-10 under the Care Act
    And the adult cannot achieve maintaining personal hygiene without assistance
    And there is a significant impact on the adult's wellbeing
    When the eligibility decision is made
    Then the needs are not eligible
    Given the adult cannot achieve managing and maintaining nutrition without assistance
    When the eligibility decision is made again as a correction
    Then the needs are eligible
    When the auditor reads the corrected decision
    Then the record shows it was superseded by the correction
    And the record shows the outcome "NOT_ELIGIBLE"
    When the auditor reads the correction
    Then the record shows it supersedes the corrected decision
    And the record shows it has not been superseded
    And replaying the corrected decision still gives the same answer
    And replaying the correction still gives the same answer

  Scenario: A decision that is later corrected
    Given a decision that is later corrected
    When the auditor reads the earlier decision
    Then the record shows it was superseded by the correction
    When the audit check is run
    Then the audit check finds the chain whole

  Scenario: An indicative budget corrected: personal care C, not B
    # first: 29 x £4.00 = £116.00; corrected: personal care C (14 points, not 6) = 37 x £4.00 = £148.00
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
    When the indicative budget is worked out
    Then the weekly indicative budget is £116.00
    Given personal care is answered C
    When the indicative budget is worked out again as a correction
    Then the total points are 37
    And the weekly indicative budget is £148.00
    When the auditor reads the corrected decision
    Then the record shows it was superseded by the correction
    And the record shows the weekly indicative budget of £116.00
    And replaying the corrected decision still gives the same answer

  Scenario: A decision is superseded only once
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
    When the indicative budget is worked out
    And the indicative budget is worked out again as a correction
    Then the weekly indicative budget is £116.00
    Given the request field "supersedes" is the corrected decision
    When the indicative budget is worked out
    Then the correction is refused with status 422 and a message containing "was already superseded by"

  Scenario: A support plan corrected to cost less: the panel then has nothing to decide
    # the first plan: £150.50 (beyond £116.00 + £11.60); the corrected plan: 5 x £23.00 = £115.00 (within)
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
    When the indicative budget is worked out
    And the support plan is costed as:
      | service    | unit  | quantity per week | unit cost | route            |
      | Home care  | hours | 5                 | £23.00    | direct payment   |
      | Day centre | days  | 1                 | £35.50    | council arranged |
    Then the plan needs the panel because PLAN_ABOVE_TOLERANCE
    When the support plan is costed again as a correction, as:
      | service   | unit  | quantity per week | unit cost | route          |
      | Home care | hours | 5                 | £23.00    | direct payment |
    Then the plan costs £115.00 a week
    And the plan can be agreed without the panel
    When the auditor reads the corrected decision
    Then the record shows it was superseded by the correction
    When the panel decides APPROVED because "Fine"
    Then the panel decision is refused with status 422 and a message containing "can be agreed without it"

  Scenario: A carer's budget corrected
    Given a carer whose needs were found eligible on 2024-05-10
    When a carer's budget is asked for
    And the carer's budget is worked out again as a correction
    Then the carer's budget is £350.00 as a one-off payment
    When the auditor reads the corrected decision
    Then the record shows it was superseded by the correction
