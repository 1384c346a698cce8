Feature: Audit - a past decision replays to the same answer
  An auditor can take any past decision, see exactly which rules and rates produced it, re-run it and get
  the same answer (POLICY.md section 1). The service re-runs the stored inputs under the ruleset text stored
  with the decision, never today's rules folder, and compares every output field, every reason and every
  rule that fired with what was stored.

  Scenario: An eligibility decision under FACS
    Given an adult assessed on 2012-03-01 under FACS
    And the person cannot carry out the majority of their personal care or domestic routines
    When the eligibility decision is made
    And the auditor replays that decision
    Then the replay gives the same answer
    And the replay was run under the rules "eligibility/facs-2010"

  Scenario: An indicative budget, and the eligibility decision it rests on
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at C and informal support B
    When the indicative budget is worked out
    And the auditor replays the indicative budget
    Then the replay gives the same answer
    And the replay was run under the rules "allocation/2024-25"
    When the auditor replays the eligibility decision
    Then the replay gives the same answer
    And the replay was run under the rules "eligibility/care-act-2015"

  Scenario: A capped budget with every reason for the panel
    Given a person whose needs were found eligible on 2025-05-10
    And the questionnaire is answered on 2025-06-02 with every domain at its highest answer and informal support B
    When the indicative budget is worked out
    Then replaying that decision still gives the same answer

  Scenario: A carer's budget
    Given a carer whose needs were found eligible on 2024-05-10
    When a carer's budget is asked for
    Then replaying the carer's budget still gives the same answer

  Scenario: A support plan
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at C and informal support A
    When the indicative budget is worked out
    And the support plan is costed as:
      | service   | unit  | quantity per week | unit cost | route           |
      | Home care | hours | 7.5               | £21.35    | managed account |
      | Day centre | days | 2                 | £35.50    | council arranged |
    Then replaying the support plan still gives the same answer

  Scenario: A panel decision is people's decision: nothing to re-run, but its record is in the chain
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at D and informal support A
    When the indicative budget is worked out
    And the panel decides APPROVED because "Agreed at the weekly Wellbeing Forum"
    And the auditor replays the panel decision
    Then the replay says the decision was made by people, so there is nothing to re-run
    When the audit check is run
    Then the audit check finds the chain whole

  Scenario: The auditor reads the stored record: what was decided, by whom, under which rules
    # every domain at C: 69 x £4.00 = £276.00; informal support B: less £27.60 = £248.40
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at C and informal support B
    When the indicative budget is worked out
    And the auditor reads the allocation
    Then the record shows the outcome "INDICATIVE_BUDGET"
    And the record shows the weekly indicative budget of £248.40
    And the record shows it was made under the rules "allocation/2024-25"
    And the record shows it was decided by "tester"
    And the record shows it has not been superseded

  Scenario: Every decision stored so far replays to the same answer
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at B and informal support D
    When the indicative budget is worked out
    And the auditor replays every decision
    Then every replay gives the same answer
