Feature: RAS - money only after eligibility: what the service refuses
  "Money enters only after eligibility is decided" (POLICY.md section 1). An indicative budget must rest
  on a stored eligibility decision, for the same person, that found the needs eligible and has not been
  superseded; a carer's budget on a carer's eligibility decision. A refusal is a problem (RFC 9457) with
  status 422 when the request is well formed but cannot be decided as asked, or 400 when the request
  itself is wrong. Nothing is stored for a request that is refused.

  Scenario: Needs not eligible: no personal budget, information and advice instead
    Given a person whose needs were found not eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at C and informal support A
    When the indicative budget is worked out
    Then the allocation is refused with status 422 and a message containing "found the needs not eligible"
    And the problem names the field "eligibilityDecisionId"
    And the allocation is refused with status 422 and a message containing "entitled to information and advice instead"
    And nothing was stored

  Scenario: An eligibility decision that does not exist
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
    And the request field "eligibilityDecisionId" is "no-such-decision"
    When the indicative budget is worked out
    Then the allocation is refused with status 422 and a message containing "There is no eligibility decision no-such-decision"

  Scenario: Someone else's eligibility decision
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
    And the request field "personRef" is "P-SOMEONE-ELSE"
    When the indicative budget is worked out
    Then the allocation is refused with status 422 and a message containing "is for another person"

  Scenario: A carer's eligibility decision does not give the questionnaire budget
    Given a carer whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
    When the indicative budget is worked out
    Then the allocation is refused with status 422 and a message containing "carer's decision"

  Scenario: An adult's eligibility decision does not give a carer's budget
    Given a person whose needs were found eligible on 2024-05-10
    When a carer's budget is asked for
    Then the carer's budget is refused with status 422 and a message containing "not a carer's decision"

  Scenario: The budget cannot be dated before the eligibility assessment
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-05-09 with every domain at B and informal support A
    When the indicative budget is worked out
    Then the allocation is refused with status 422 and a message containing "before the eligibility assessment of 2024-05-10"
    And the problem names the field "assessmentDate"

  Scenario: A budget is worked out from an eligibility decision made in the same scenario
    Given an adult assessed on 2024-05-10 under the Care Act
    And the adult cannot achieve maintaining personal hygiene without assistance
    And the adult can achieve managing and maintaining nutrition only with significant pain, distress or anxiety
    And there is a significant impact on the adult's wellbeing
    When the eligibility decision is made
    Then the needs are eligible
    When the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
    And the indicative budget is worked out
    Then the weekly indicative budget is £116.00

  Scenario: No rates are in force on the date
    # the shipped rates start on 2024-04-01
    Given a person whose needs were found eligible on 2016-01-11
    And the questionnaire is answered on 2016-02-01 with every domain at B and informal support A
    When the indicative budget is worked out
    Then the allocation is refused with status 422 and a message containing "No RAS rates are in force on 2016-02-01"

  Scenario: A date in the future
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on tomorrow with every domain at B and informal support A
    When the indicative budget is worked out
    Then the allocation is refused with status 400 and a message containing "in the future"

  Scenario: Every domain must be answered
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
    And informal support is not answered
    When the indicative budget is worked out
    Then the allocation is refused with status 400 and a message containing "every domain must be answered"
    And the problem names the field "answers.INFORMAL_SUPPORT"

  Scenario: Only answers the question offers
    # eating and drinking has answers A to D; only personal care and complex needs have an E
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
    And eating and drinking is answered E
    When the indicative budget is worked out
    Then the allocation is refused with status 400 and a message containing "allowed: A, B, C, D"
    And the problem names the field "answers.EATING_AND_DRINKING"

  Scenario: A domain the questionnaire does not have
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
    And gardening is answered B
    When the indicative budget is worked out
    Then the allocation is refused with status 400 and a message containing "unknown domain"
    And the problem names the field "answers.GARDENING"

  Scenario: An eligibility decision that was corrected cannot be used: the correction must be
    Given an eligibility decision that was later corrected
    When the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
    And the request field "eligibilityDecisionId" is the corrected decision
    And the indicative budget is worked out
    Then the allocation is refused with status 422 and a message containing "was superseded by"
