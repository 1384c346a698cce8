Feature: Care Act 2014 - carers' eligibility (SI 2015/313 regulation 3)
  A carer's needs are eligible if all three conditions hold:
  1. they arise as a consequence of providing necessary care for an adult;
  2. as a result, the carer's physical or mental health is, or is at risk of, deteriorating,
     OR the carer is unable to achieve ANY ONE of the eight carer outcomes;
  3. as a consequence there is, or is likely to be, a significant impact on the carer's wellbeing.
  For carers "unable" means: unable without assistance; able only with significant pain, distress or
  anxiety; able but it endangers health or safety. "Takes significantly longer" is for adults only.

  Background:
    Given a carer assessed on 2024-05-10
    And the carer's needs arise from providing necessary care for an adult
    And there is, or is likely to be, a significant impact on the carer's wellbeing

  Scenario: Health at risk: eligible even though every outcome is achieved
    Given the carer's physical or mental health is at risk of deteriorating
    When the eligibility decision is made
    Then the carer's needs are eligible
    And no outcome is recorded as not achieved
    And there is no band and no threshold
    And the decision was made under the Care Act for carers
    And a reason is given by the rule "Carer condition 2 met: physical or mental health at risk"
    And a reason cites "SI 2015/313 reg 3(2)(a)"
    And a reason is given by the rule "Carer meets all three conditions: eligible"
    And every reason names its rule, its text and its source
    And the stored decision can be read back with the same outcome

  Scenario Outline: One outcome is enough: <outcome>
    Given the carer cannot achieve <outcome> without assistance
    When the eligibility decision is made
    Then the carer's needs are eligible
    And the outcomes not achieved are: <code>
    And a reason cites "<citation>"
    And a reason is given by the rule "Carer condition 2 met: unable to achieve one or more outcomes"
    And a reason cites "SI 2015/313 reg 3(2)(b)"

    Examples:
      | outcome                                                                      | code                                 | citation                     |
      | carrying out any caring responsibilities the carer has for a child          | CARING_FOR_CHILD                     | SI 2015/313 reg 3(2)(b)(i)   |
      | providing care to other persons for whom the carer provides care            | CARING_FOR_OTHERS                    | SI 2015/313 reg 3(2)(b)(ii)  |
      | maintaining a habitable home environment in the carer's home                | HABITABLE_HOME                       | SI 2015/313 reg 3(2)(b)(iii) |
      | managing and maintaining nutrition                                          | NUTRITION                            | SI 2015/313 reg 3(2)(b)(iv)  |
      | developing and maintaining family or other significant personal relationships | RELATIONSHIPS                      | SI 2015/313 reg 3(2)(b)(v)   |
      | engaging in any work, training, education or volunteering                   | WORK_TRAINING_EDUCATION_VOLUNTEERING | SI 2015/313 reg 3(2)(b)(vi)  |
      | making use of necessary facilities or services in the local community, including recreational facilities or services | COMMUNITY_FACILITIES | SI 2015/313 reg 3(2)(b)(vii) |
      | engaging in recreational activities                                         | RECREATION                           | SI 2015/313 reg 3(2)(b)(viii) |

  Scenario Outline: Each of the carer's three ways of being unable counts: <way>
    Given <finding>
    When the eligibility decision is made
    Then the carer's needs are eligible
    And the outcomes not achieved are: recreation
    And a reason is given by the rule "<rule>"
    And a reason cites "SI 2015/313 reg 3(2)(b)(viii); <citation>"

    Examples:
      | way                                   | finding                                                                                     | rule                                                                         | citation    |
      | unable without assistance             | the carer cannot achieve engaging in recreational activities without assistance             | Carer unable to achieve an outcome without assistance                        | reg 3(3)(a) |
      | significant pain, distress or anxiety | the carer can achieve engaging in recreational activities only with significant pain, distress or anxiety | Carer can achieve an outcome only with significant pain, distress or anxiety | reg 3(3)(b) |
      | endangers health or safety            | the carer can achieve engaging in recreational activities but it endangers the health or safety of the carer or others | Carer achieving an outcome endangers health or safety | reg 3(3)(c) |

  Scenario: Health at risk and outcomes not achieved: eligible, and the outcomes are recorded
    Given the carer's health is deteriorating
    And the carer cannot achieve managing and maintaining nutrition without assistance
    And the carer can achieve providing care to others only with significant pain, distress or anxiety
    When the eligibility decision is made
    Then the carer's needs are eligible
    And the outcomes not achieved are: CARING_FOR_OTHERS, NUTRITION

  Scenario: Condition 1 fails: the needs do not arise from providing necessary care
    Given the carer's needs do not arise from providing necessary care for an adult
    And the carer's health is at risk of deteriorating
    When the eligibility decision is made
    Then the carer's needs are not eligible
    And a reason is given by the rule "Carer condition 1 not met: needs do not arise from providing necessary care"
    And a reason cites "SI 2015/313 reg 3(1)(a)"
    And a reason is given by the rule "Carer fails a condition: not eligible"
    And the reasons mention "information and advice"
    And the stored decision can be read back with the same outcome

  Scenario: Condition 2 fails: health not at risk and every outcome achieved
    Given the carer's health is not at risk
    And the carer can achieve engaging in recreational activities
    When the eligibility decision is made
    Then the carer's needs are not eligible
    And no outcome is recorded as not achieved
    And a reason is given by the rule "Carer condition 2 not met: health not at risk and every outcome achieved"
    And a reason cites "SI 2015/313 reg 3(2)"

  Scenario: Condition 3 fails: no significant impact on the carer's wellbeing
    Given there is no significant impact on the carer's wellbeing
    And the carer's health is at risk of deteriorating
    And the carer cannot achieve maintaining a habitable home without assistance
    When the eligibility decision is made
    Then the carer's needs are not eligible
    And the outcomes not achieved are: HABITABLE_HOME
    And a reason is given by the rule "Carer condition 3 not met: no significant impact on wellbeing"
    And a reason cites "SI 2015/313 reg 3(1)(c)"

  Scenario: "Takes significantly longer" is not a way for carers: the request is refused
    Given the carer can achieve engaging in recreational activities but it takes significantly longer than would normally be expected
    When the eligibility decision is made
    Then the decision is refused with status 400 and a message containing "TAKES_SIGNIFICANTLY_LONGER"
    And the problem names the field "carer.outcomes.RECREATION"
    And nothing was stored

  Scenario: An adult's outcome is not a carer's outcome: the request is refused
    Given the carer cannot achieve maintaining personal hygiene without assistance
    When the eligibility decision is made
    Then the decision is refused with status 400 and a message containing "PERSONAL_HYGIENE"
    And the problem names the field "carer.outcomes.PERSONAL_HYGIENE"
