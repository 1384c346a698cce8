Feature: FACS 2010 - each need places the person in its band
  Before 1 April 2015 eligibility was decided under Fair Access to Care Services (FACS).
  Each need found at assessment falls in one band of the national table (Critical, Substantial,
  Moderate or Low). The council funds needs in the Substantial band and above (Rotherham, 004:1303),
  so Critical and Substantial needs are eligible and Moderate and Low needs are not.
  Each row below is one cell of the national table (POLICY.md section 2), with nothing else found.

  Background:
    Given an adult assessed on 2012-03-01 under FACS

  Scenario Outline: <need>: <band>
    Given <need>
    When the eligibility decision is made
    Then the person's needs are in the <band> band
    And the needs are <result>
    And the council's threshold is Substantial
    And a reason is given by the rule "<rule>"
    And a reason cites "FACS 2010 guidance, para 54, <band> band"
    And the decision was made under FACS
    And every reason names its rule, its text and its source

    Examples: Critical
      | need                                                                              | band     | result   | rule                                                                                  |
      | the person's life is, or will be, threatened                                      | Critical | eligible | Life is, or will be, threatened: Critical                                             |
      | significant health problems have developed or will develop                        | Critical | eligible | Significant health problems have developed or will develop: Critical                  |
      | there is little or no choice and control over vital aspects of the immediate environment | Critical | eligible | Little or no choice and control over vital aspects of the immediate environment: Critical |
      | serious abuse or neglect has occurred or will occur                               | Critical | eligible | Serious abuse or neglect has occurred or will occur: Critical                         |
      | the person cannot carry out vital personal care or domestic routines              | Critical | eligible | Vital personal care or domestic routines cannot be carried out: Critical              |
      | vital involvement in work, education or learning cannot or will not be sustained  | Critical | eligible | Vital involvement in work, education or learning cannot be sustained: Critical        |
      | vital social support systems and relationships cannot or will not be sustained    | Critical | eligible | Vital social support systems and relationships cannot be sustained: Critical          |
      | vital family and other social roles and responsibilities cannot or will not be undertaken | Critical | eligible | Vital family and other social roles cannot be undertaken: Critical               |

    Examples: Substantial
      | need                                                                              | band        | result   | rule                                                                                  |
      | there is only partial choice and control over the immediate environment           | Substantial | eligible | Only partial choice and control over the immediate environment: Substantial           |
      | abuse or neglect has occurred or will occur                                       | Substantial | eligible | Abuse or neglect has occurred or will occur: Substantial                              |
      | the person cannot carry out the majority of their personal care or domestic routines | Substantial | eligible | The majority of personal care or domestic routines cannot be carried out: Substantial |
      | involvement in many aspects of work, education or learning cannot or will not be sustained | Substantial | eligible | Involvement in many aspects of work, education or learning cannot be sustained: Substantial |
      | the majority of social support systems and relationships cannot or will not be sustained | Substantial | eligible | The majority of social support systems and relationships cannot be sustained: Substantial |
      | the majority of family and other social roles and responsibilities cannot or will not be undertaken | Substantial | eligible | The majority of family and other social roles cannot be undertaken: Substantial |

    Examples: Moderate
      | need                                                                              | band     | result       | rule                                                                                  |
      | the person cannot carry out several personal care or domestic routines            | Moderate | not eligible | Several personal care or domestic routines cannot be carried out: Moderate            |
      | involvement in several aspects of work, education or learning cannot or will not be sustained | Moderate | not eligible | Involvement in several aspects of work, education or learning cannot be sustained: Moderate |
      | several social support systems and relationships cannot or will not be sustained  | Moderate | not eligible | Several social support systems and relationships cannot be sustained: Moderate        |
      | several family and other social roles and responsibilities cannot or will not be undertaken | Moderate | not eligible | Several family and other social roles cannot be undertaken: Moderate          |

    Examples: Low
      | need                                                                              | band | result       | rule                                                                                   |
      | the person cannot carry out one or two personal care or domestic routines         | Low  | not eligible | One or two personal care or domestic routines cannot be carried out: Low               |
      | involvement in one or two aspects of work, education or learning cannot or will not be sustained | Low | not eligible | Involvement in one or two aspects of work, education or learning cannot be sustained: Low |
      | one or two social support systems and relationships cannot or will not be sustained | Low | not eligible | One or two social support systems and relationships cannot be sustained: Low        |
      | one or two family and other social roles and responsibilities cannot or will not be undertaken | Low | not eligible | One or two family and other social roles cannot be undertaken: Low             |

  Scenario: A risk that will arise without help counts as much as one that exists now
    Given serious abuse or neglect will occur
    When the eligibility decision is made
    Then the person's needs are in the Critical band
    And the needs are eligible

  Scenario: The assessor's findings can also be written with the API's codes
    Given the FACS answer "socialSupportSystems" is "MAJORITY"
    And the FACS answer "choiceAndControl" is "PARTIAL"
    When the eligibility decision is made
    Then the needs are in the SUBSTANTIAL band
    And the needs are eligible
    And the stored decision can be read back with the same outcome
