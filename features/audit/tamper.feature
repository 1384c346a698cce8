Feature: Audit - a record altered behind the service's back is caught
  Decisions are evidence: the service only ever adds records, and has no way to change or delete one.
  Each record's hash covers its content and the hash of the record before it, so a record changed directly
  in the database (by someone with database access, not through the service) breaks the chain at that
  record, and the audit check names it: an auditor "can show that no record was altered" (POLICY.md
  section 1). (After each scenario the altered record is put back.)

  Scenario: The stored outcome of an eligibility decision is changed
    Given an adult assessed on 2024-05-10 under the Care Act
    And the adult cannot achieve managing toilet needs without assistance
    And there is a significant impact on the adult's wellbeing
    When the eligibility decision is made
    Then the needs are not eligible
    When the audit check is run
    Then the audit check finds the chain whole
    When someone alters the stored outcome of that decision directly in the database
    And the audit check is run
    Then the audit check finds the chain broken at that decision
    And the audit check says "its content no longer matches its hash: the record was altered"

  Scenario: The weekly amount of a stored budget is raised
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
    When the indicative budget is worked out
    Then the weekly indicative budget is £116.00
    When someone changes the stored weekly indicative budget of the allocation to £500.00 directly in the database
    And the audit check is run
    Then the audit check finds the chain broken at the allocation
    When the auditor reads the allocation
    Then the record shows the weekly indicative budget of £500.00
    When the auditor replays the allocation
    Then the replay gives a different answer

  Scenario: An earlier record is altered: the chain breaks there, not at the latest record
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
    When the indicative budget is worked out
    And someone changes the stored outcome of the eligibility decision to "NOT_ELIGIBLE" directly in the database
    And the audit check is run
    Then the audit check finds the chain broken at the eligibility decision

  Scenario: After a restart on the same records, the alteration is still caught
    Given the rules are a copy of the live rules
    And a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
    When the indicative budget is worked out
    And someone alters the stored outcome of the allocation directly in the database
    And the service is restarted on the same records
    And the audit check is run
    Then the audit check finds the chain broken at the allocation
