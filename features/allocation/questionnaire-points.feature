Feature: RAS - the questionnaire's points for each domain and answer
  The supported self-assessment questionnaire (rules/allocation/common/questionnaire.drl) has ten need
  domains, each with graded answers (A = no help needed ... D or E = the most help) worth points, and an
  eleventh question on support from family, friends or an unpaid carer, which scores no points but reduces
  the amount (see adjustments.feature). The points are an example calibration (POLICY.md section 4,
  seed 004:999). Each example below answers one domain and leaves every other at A (0 points), so the
  total is that domain's points.

  Background:
    Given a person whose needs were found eligible on 2024-05-10
    And the questionnaire is answered on 2024-06-01 with every domain at A and informal support A

  Scenario Outline: <domain> answered <answer> scores <points> points
    Given <domain> is answered <answer>
    When the indicative budget is worked out
    Then <domain> scores <points> points
    And the total points are <points>

    Examples: Personal care (A to E)
      | domain        | answer | points |
      | personal care | A      | 0      |
      | personal care | B      | 6      |
      | personal care | C      | 14     |
      | personal care | D      | 24     |
      | personal care | E      | 34     |

    Examples: Eating and drinking
      | domain              | answer | points |
      | eating and drinking | A      | 0      |
      | eating and drinking | B      | 3      |
      | eating and drinking | C      | 7      |
      | eating and drinking | D      | 12     |

    Examples: Physical and mental wellbeing
      | domain                        | answer | points |
      | physical and mental wellbeing | A      | 0      |
      | physical and mental wellbeing | B      | 3      |
      | physical and mental wellbeing | C      | 7      |
      | physical and mental wellbeing | D      | 12     |

    Examples: Daily living tasks at home
      | domain                     | answer | points |
      | daily living tasks at home | A      | 0      |
      | daily living tasks at home | B      | 2      |
      | daily living tasks at home | C      | 5      |
      | daily living tasks at home | D      | 9      |

    Examples: Relationships
      | domain        | answer | points |
      | relationships | A      | 0      |
      | relationships | B      | 2      |
      | relationships | C      | 4      |
      | relationships | D      | 7      |

    Examples: Community participation
      | domain                  | answer | points |
      | community participation | A      | 0      |
      | community participation | B      | 2      |
      | community participation | C      | 5      |
      | community participation | D      | 8      |

    Examples: Work, learning and volunteering
      | domain                          | answer | points |
      | work, learning and volunteering | A      | 0      |
      | work, learning and volunteering | B      | 2      |
      | work, learning and volunteering | C      | 4      |
      | work, learning and volunteering | D      | 6      |

    Examples: Making decisions and choices
      | domain                       | answer | points |
      | making decisions and choices | A      | 0      |
      | making decisions and choices | B      | 2      |
      | making decisions and choices | C      | 5      |
      | making decisions and choices | D      | 9      |

    Examples: Staying safe
      | domain       | answer | points |
      | staying safe | A      | 0      |
      | staying safe | B      | 3      |
      | staying safe | C      | 8      |
      | staying safe | D      | 14     |

    Examples: Complex needs or behaviour that challenges (A to E)
      | domain                                     | answer | points |
      | complex needs or behaviour that challenges | A      | 0      |
      | complex needs or behaviour that challenges | B      | 4      |
      | complex needs or behaviour that challenges | C      | 10     |
      | complex needs or behaviour that challenges | D      | 18     |
      | complex needs or behaviour that challenges | E      | 28     |

    Examples: Support from family, friends or an unpaid carer scores no points
      | domain           | answer | points |
      | informal support | A      | 0      |
      | informal support | B      | 0      |
      | informal support | C      | 0      |
      | informal support | D      | 0      |

  Scenario: Every domain at B scores 29 points
    # 6 + 3 + 3 + 2 + 2 + 2 + 2 + 2 + 3 + 4 = 29
    Given the questionnaire is answered with every domain at B and informal support A
    When the indicative budget is worked out
    Then the total points are 29
    And personal care scores 6 points
    And complex needs or behaviour scores 4 points
    And a reason says "The answers score 29 points in all."
    And a reason says "Personal care: answer B, \"I need prompting or occasional help with personal care\", scores 6 points."
    And a reason cites "Supported self-assessment questionnaire, Personal care"

  Scenario: Every domain at C scores 69 points
    # 14 + 7 + 7 + 5 + 4 + 5 + 4 + 5 + 8 + 10 = 69
    Given every domain is answered C
    When the indicative budget is worked out
    Then the total points are 69

  Scenario: Every domain at D scores 119 points
    # 24 + 12 + 12 + 9 + 7 + 8 + 6 + 9 + 14 + 18 = 119
    Given every domain is answered D
    When the indicative budget is worked out
    Then the total points are 119

  Scenario: Every domain at its highest answer scores 139 points, the most the questionnaire gives
    # personal care E 34 + complex needs E 28 + the other eight at D (12 + 12 + 9 + 7 + 8 + 6 + 9 + 14 = 77) = 139
    Given the questionnaire is answered with every domain at its highest answer and informal support A
    When the indicative budget is worked out
    Then the total points are 139
    And personal care scores 34 points
    And complex needs or behaviour that challenges scores 28 points

  Scenario: Answers written with the service's codes, one by one or in a table
    # 24 + 7 + 3 + 0 + 0 + 0 + 0 + 0 + 0 + 4 = 38
    Given the answer for PERSONAL_CARE is D
    And the answer to EATING_AND_DRINKING is C
    And the answers are:
      | domain                        | answer |
      | PHYSICAL_AND_MENTAL_WELLBEING | B      |
      | COMPLEX_NEEDS_OR_BEHAVIOUR    | B      |
      | INFORMAL_SUPPORT              | A      |
    When the indicative budget is worked out
    Then the total points are 38
    And PERSONAL_CARE scores 24 points
    And EATING_AND_DRINKING scores 7 points

  Scenario: Several answers on one line
    # 14 + 8 + 6 = 28
    Given the answers are personal care C, staying safe C and work, learning and volunteering D
    When the indicative budget is worked out
    Then the total points are 28
    And work, learning and volunteering scores 6 points
