Feature: Care Act 2014 - adults' eligibility (SI 2015/313 regulation 2)
  From 1 April 2015 an adult's needs are eligible only if all three conditions hold:
  1. they arise from or are related to a physical or mental impairment or illness;
  2. because of them the adult is unable to achieve two or more of the ten outcomes;
  3. as a consequence there is, or is likely to be, a significant impact on the adult's wellbeing.
  "Unable to achieve" an outcome means any one of four ways: unable without assistance (prompting
  counts); able only with significant pain, distress or anxiety; able but it endangers health or
  safety; able but it takes significantly longer than would normally be expected.
  There are no bands under the Care Act.

  Background:
    Given an adult assessed on 2024-05-10 under the Care Act
    And the adult's needs arise from a physical or mental impairment or illness
    And there is, or is likely to be, a significant impact on the adult's wellbeing

  Scenario: Two outcomes not achieved, all three conditions met: eligible
    Given the adult cannot achieve maintaining personal hygiene without assistance
    And the adult can achieve managing and maintaining nutrition only with significant pain, distress or anxiety
    When the eligibility decision is made
    Then the needs are eligible
    And the outcomes not achieved are: NUTRITION, PERSONAL_HYGIENE
    And there is no band and no threshold
    And the decision was made under the Care Act
    And a reason cites "SI 2015/313 reg 2(1)(b)"
    And a reason is given by the rule "Adult meets all three conditions: eligible"
    And every reason names its rule, its text and its source
    And the stored decision can be read back with the same outcome

  Scenario Outline: Each outcome counts: <outcome>
    Given the adult cannot achieve <outcome> without assistance
    And the adult cannot achieve <other outcome> without assistance
    When the eligibility decision is made
    Then the needs are eligible
    And the outcomes not achieved are: <outcome>, <other outcome>
    And the outcomes not achieved are: <codes>
    And a reason cites "<citation>"

    Examples:
      | outcome                                                                                  | other outcome                      | codes                                          | citation                |
      | managing and maintaining nutrition                                                        | maintaining personal hygiene       | NUTRITION, PERSONAL_HYGIENE                    | SI 2015/313 reg 2(2)(a) |
      | maintaining personal hygiene                                                              | managing and maintaining nutrition | PERSONAL_HYGIENE, NUTRITION                    | SI 2015/313 reg 2(2)(b) |
      | managing toilet needs                                                                     | managing and maintaining nutrition | TOILET_NEEDS, NUTRITION                        | SI 2015/313 reg 2(2)(c) |
      | being appropriately clothed                                                               | managing and maintaining nutrition | APPROPRIATELY_CLOTHED, NUTRITION               | SI 2015/313 reg 2(2)(d) |
      | being able to make use of the home safely                                                 | managing and maintaining nutrition | HOME_SAFELY, NUTRITION                         | SI 2015/313 reg 2(2)(e) |
      | maintaining a habitable home environment                                                  | managing and maintaining nutrition | HABITABLE_HOME, NUTRITION                      | SI 2015/313 reg 2(2)(f) |
      | developing and maintaining family or other personal relationships                         | managing and maintaining nutrition | RELATIONSHIPS, NUTRITION                       | SI 2015/313 reg 2(2)(g) |
      | accessing and engaging in work, training, education or volunteering                       | managing and maintaining nutrition | WORK_TRAINING_EDUCATION_VOLUNTEERING, NUTRITION | SI 2015/313 reg 2(2)(h) |
      | making use of necessary facilities or services in the local community, including public transport, and recreational facilities or services | managing and maintaining nutrition | COMMUNITY_FACILITIES, NUTRITION | SI 2015/313 reg 2(2)(i) |
      | carrying out any caring responsibilities the adult has for a child                        | managing and maintaining nutrition | CARING_FOR_CHILD, NUTRITION                    | SI 2015/313 reg 2(2)(j) |

  Scenario Outline: Each way of being unable to achieve an outcome counts: <way>
    Given <finding>
    And the adult cannot achieve managing toilet needs without assistance
    When the eligibility decision is made
    Then the needs are eligible
    And the outcomes not achieved are: personal hygiene and toilet needs
    And a reason is given by the rule "<rule>"
    And a reason cites "SI 2015/313 reg 2(2)(b); <citation>"

    Examples:
      | way                                   | finding                                                                                                 | rule                                                                        | citation      |
      | unable without assistance             | the adult cannot achieve maintaining personal hygiene without assistance                                | Adult unable to achieve an outcome without assistance                       | reg 2(3)(a)   |
      | prompting counts as assistance        | the adult can achieve maintaining personal hygiene only with prompting                                  | Adult unable to achieve an outcome without assistance                       | reg 2(3)(a)   |
      | significant pain, distress or anxiety | the adult can achieve maintaining personal hygiene only with significant pain, distress or anxiety      | Adult can achieve an outcome only with significant pain, distress or anxiety | reg 2(3)(b)   |
      | endangers health or safety            | the adult can achieve maintaining personal hygiene but it endangers the health or safety of the adult or others | Adult achieving an outcome endangers health or safety                | reg 2(3)(c)   |
      | takes significantly longer            | the adult can achieve maintaining personal hygiene but it takes significantly longer than would normally be expected | Adult takes significantly longer than would normally be expected | reg 2(3)(d)   |

  Scenario: The outcomes can be given as a table, in words or codes
    Given the outcomes are:
      | outcome                  | way                                             |
      | nutrition                | achieved only with significant pain, distress or anxiety |
      | HOME_SAFELY              | ENDANGERS_HEALTH_OR_SAFETY                      |
      | appropriately clothed    | takes significantly longer                      |
      | relationships            | achieved                                        |
    When the eligibility decision is made
    Then the needs are eligible
    And the outcomes not achieved are: nutrition, being appropriately clothed and being able to make use of the home safely

  Scenario: Only one outcome not achieved: not eligible
    Given the adult can achieve managing toilet needs but it takes significantly longer than would normally be expected
    When the eligibility decision is made
    Then the needs are not eligible
    And the outcomes not achieved are: managing toilet needs
    And a reason is given by the rule "Adult condition 2 not met: fewer than two outcomes not achieved"
    And a reason cites "SI 2015/313 reg 2(1)(b)"
    And a reason says "require two or more"
    And the reasons mention "information and advice"
    And the stored decision can be read back with the same outcome

  Scenario: Outcomes the adult achieves do not count
    Given the adult cannot achieve managing toilet needs without assistance
    And the adult can achieve managing and maintaining nutrition
    And the adult can achieve maintaining personal hygiene without difficulty
    And the outcome being appropriately clothed is achieved
    When the eligibility decision is made
    Then the needs are not eligible
    And the outcomes not achieved are: TOILET_NEEDS

  Scenario: Every outcome achieved: not eligible
    When the eligibility decision is made
    Then the needs are not eligible
    And no outcome is recorded as not achieved
    And a reason says "unable to achieve 0 of the specified outcomes"

  Scenario: Condition 1 fails: the needs do not arise from an impairment or illness
    Given the adult's needs do not arise from a physical or mental impairment or illness
    And the adult cannot achieve maintaining a habitable home environment without assistance
    And the adult cannot achieve making use of necessary facilities or services in the local community without assistance
    When the eligibility decision is made
    Then the needs are not eligible
    And the outcomes not achieved are: HABITABLE_HOME, COMMUNITY_FACILITIES
    And a reason is given by the rule "Adult condition 1 not met: needs do not arise from impairment or illness"
    And a reason cites "SI 2015/313 reg 2(1)(a)"
    And a reason is given by the rule "Adult fails a condition: not eligible"
    And the rule "Adult condition 2 met: unable to achieve two or more outcomes" fired
    And the stored decision can be read back with the same outcome

  Scenario: Condition 3 fails: no significant impact on the adult's wellbeing
    Given there is no significant impact on the adult's wellbeing
    And the adult cannot achieve maintaining personal hygiene without assistance
    And the adult cannot achieve being appropriately clothed without assistance
    When the eligibility decision is made
    Then the needs are not eligible
    And the outcomes not achieved are: PERSONAL_HYGIENE, APPROPRIATELY_CLOTHED
    And a reason is given by the rule "Adult condition 3 not met: no significant impact on wellbeing"
    And a reason cites "SI 2015/313 reg 2(1)(c)"
    And no reason is given by the rule "Adult meets all three conditions: eligible"

  Scenario: All three conditions fail: each is given as a reason
    Given the adult's needs do not arise from a physical or mental impairment or illness
    And there is not, and is not likely to be, a significant impact on the adult's wellbeing
    And the adult cannot achieve managing toilet needs without assistance
    When the eligibility decision is made
    Then the needs are not eligible
    And a reason cites "SI 2015/313 reg 2(1)(a)"
    And a reason cites "SI 2015/313 reg 2(1)(b)"
    And a reason cites "SI 2015/313 reg 2(1)(c)"

  Scenario: A carer's outcome is not an adult's outcome: refused
    Given the adult can achieve engaging in recreational activities only with significant pain, distress or anxiety
    And the adult cannot achieve managing toilet needs without assistance
    When the eligibility decision is made
    Then the decision is refused with status 400 and a message containing "RECREATION"
    And the problem names the field "careAct.outcomes.RECREATION"
