Feature: The law in force on the date of the assessment decides
  An assessment dated up to 31 March 2015 is decided under FACS; one dated from 1 April 2015 under the
  Care Act 2014. Sending the other kind of assessment is refused (422) with a message saying which
  assessment is needed, and nothing is stored. A date that cannot be an assessment date is refused (400).

  Scenario: 31 March 2015: a FACS assessment is decided
    Given an adult assessed on 2015-03-31 under FACS
    And the person cannot carry out the majority of their personal care or domestic routines
    When the eligibility decision is made
    Then the decision was made under FACS
    And the person's needs are in the Substantial band
    And the needs are eligible
    And the decision is made and stored
    And the stored decision can be read back with the same outcome

  Scenario: 31 March 2015: a Care Act assessment is refused, FACS is needed
    Given an adult assessed on 2015-03-31 under the Care Act
    And the adult cannot achieve managing and maintaining nutrition without assistance
    And the adult cannot achieve maintaining personal hygiene without assistance
    And there is a significant impact on the adult's wellbeing
    When the eligibility decision is made
    Then the decision is refused with status 422 and a message containing "needs 'facs' (FACS 2010)"
    And the problem names the field "careAct"
    And nothing was stored

  Scenario: 31 March 2015: a carer's assessment under the Care Act is refused
    Given a carer assessed on 2015-03-31
    And the carer's health is at risk of deteriorating
    And there is a significant impact on the carer's wellbeing
    When the eligibility decision is made
    Then the decision is refused with status 422 and a message containing "'facs'"
    And the problem names the field "carer"

  Scenario: 1 April 2015: a Care Act assessment is decided
    Given an adult assessed on 2015-04-01 under the Care Act
    And the adult cannot achieve managing and maintaining nutrition without assistance
    And the adult cannot achieve maintaining personal hygiene without assistance
    And there is a significant impact on the adult's wellbeing
    When the eligibility decision is made
    Then the decision was made under the Care Act
    And the needs are eligible
    And the decision is made and stored
    And the stored decision can be read back with the same outcome

  Scenario: 1 April 2015: a carer's assessment is decided
    Given a carer assessed on 2015-04-01
    And the carer's health is at risk of deteriorating
    And there is a significant impact on the carer's wellbeing
    When the eligibility decision is made
    Then the decision was made under the Care Act for carers
    And the carer's needs are eligible

  Scenario: 1 April 2015: a FACS assessment is refused, and the message says a Care Act assessment is needed
    Given an adult assessed on 2015-04-01 under FACS
    And the person's life is threatened
    When the eligibility decision is made
    Then the decision is refused with status 422 and a message containing "careAct"
    And the decision is refused with status 422 and a message containing "needs 'careAct' (the Care Act 2014 (adults, SI 2015/313 reg 2))"
    And the problem names the field "facs"
    And nothing was stored

  Scenario: Before FACS came into force there are no eligibility rules to decide with
    Given an adult assessed on 2003-04-06 under FACS
    And the person's life is threatened
    When the eligibility decision is made
    Then the decision is refused with status 422 and a message containing "No eligibility rules are in force on 2003-04-06"

  Scenario: An assessment dated in the future is refused
    Given an adult assessed on tomorrow under the Care Act
    When the eligibility decision is made
    Then the decision is refused with status 400 and a message containing "in the future"
    And the problem names the field "assessmentDate"

  Scenario: An impossible date is refused
    Given an adult assessed on 2015-02-30 under FACS
    When the eligibility decision is made
    Then the decision is refused with status 400 and a message containing "not a date"
    And the problem names the field "assessmentDate"
    And nothing was stored

  Scenario: An assessment dated today is decided
    Given an adult assessed on today under the Care Act
    When the eligibility decision is made
    Then the needs are not eligible
