Feature: FACS 2010 - the person's band is the highest band any one need meets
  A person's band is the highest band that any one of their needs meets. Within a band the criteria
  are joined by "and/or": none weighs more than another, and every need in that band is named in the
  reasons. Needs in lower bands are found (their rules fire) but do not decide the band.

  Background:
    Given an adult assessed on 2013-06-17 under FACS

  Scenario: Needs in all four bands: the Critical need decides
    Given the person's life is, or will be, threatened
    And the person cannot carry out the majority of their personal care or domestic routines
    And several social support systems and relationships cannot be sustained
    And one or two family and other social roles cannot be undertaken
    When the eligibility decision is made
    Then the person's needs are in the Critical band
    And the needs are eligible
    And a reason is given by the rule "Life is, or will be, threatened: Critical"
    And a reason is given by the rule "The band is the highest band met by any one need"
    And a reason says "highest band met by any one of their needs"
    And no reason is given by the rule "The majority of personal care or domestic routines cannot be carried out: Substantial"
    And no reason is given by the rule "Several social support systems and relationships cannot be sustained: Moderate"
    And no reason is given by the rule "One or two family and other social roles cannot be undertaken: Low"
    And the rule "The majority of personal care or domestic routines cannot be carried out: Substantial" fired
    And the stored decision can be read back with the same outcome

  Scenario: Moderate and Low needs together do not add up to Substantial
    Given the person cannot carry out several personal care or domestic routines
    And involvement in several aspects of work, education or learning cannot be sustained
    And several social support systems and relationships cannot be sustained
    And several family and other social roles cannot be undertaken
    And one or two social support systems and relationships cannot be sustained
    When the eligibility decision is made
    Then the person's needs are in the Moderate band
    And the needs are not eligible

  Scenario: Every need in the highest band is named, and none in a lower band
    Given there is only partial choice and control over the immediate environment
    And abuse or neglect has occurred
    And the person cannot carry out the majority of their personal care or domestic routines
    And involvement in many aspects of work, education or learning cannot be sustained
    And the majority of social support systems and relationships cannot be sustained
    And the majority of family and other social roles cannot be undertaken
    When the eligibility decision is made
    Then the person's needs are in the Substantial band
    And the needs are eligible
    And the reasons are given by the rules:
      | Only partial choice and control over the immediate environment: Substantial                 |
      | Abuse or neglect has occurred or will occur: Substantial                                    |
      | The majority of personal care or domestic routines cannot be carried out: Substantial       |
      | Involvement in many aspects of work, education or learning cannot be sustained: Substantial |
      | The majority of social support systems and relationships cannot be sustained: Substantial   |
      | The majority of family and other social roles cannot be undertaken: Substantial             |

  Scenario: Every Critical need is named
    Given the person's life is threatened
    And significant health problems have developed
    And there is little or no choice and control over vital aspects of the immediate environment
    And serious abuse or neglect has occurred
    And the person cannot carry out vital personal care or domestic routines
    And vital involvement in work, education or learning cannot be sustained
    And vital social support systems and relationships cannot be sustained
    And vital family and other social roles cannot be undertaken
    When the eligibility decision is made
    Then the person's needs are in the Critical band
    And the needs are eligible
    And the reasons are given by the rules:
      | Life is, or will be, threatened: Critical                                              |
      | Significant health problems have developed or will develop: Critical                   |
      | Little or no choice and control over vital aspects of the immediate environment: Critical |
      | Serious abuse or neglect has occurred or will occur: Critical                          |
      | Vital personal care or domestic routines cannot be carried out: Critical               |
      | Vital involvement in work, education or learning cannot be sustained: Critical         |
      | Vital social support systems and relationships cannot be sustained: Critical           |
      | Vital family and other social roles cannot be undertaken: Critical                     |

  Scenario: A Critical need with a Substantial one: only the Critical one is named
    Given the person cannot carry out the majority of their personal care or domestic routines
    And significant health problems will develop
    When the eligibility decision is made
    Then the person's needs are in the Critical band
    And a reason is given by the rule "Significant health problems have developed or will develop: Critical"
    And no reason is given by the rule "The majority of personal care or domestic routines cannot be carried out: Substantial"

  Scenario: No needs: no band, not eligible, information and advice
    Given the person has full choice and control over their immediate environment
    And no abuse or neglect has occurred
    When the eligibility decision is made
    Then the person's needs fall in no band
    And the needs are not eligible
    And the council's threshold is Substantial
    And a reason is given by the rule "No need meets any FACS band"
    And a reason says "None of the person's needs meets the criteria of any FACS band"
    And the reasons mention "information and advice"
    And the rule "The band is the highest band met by any one need" did not fire
    And the stored decision can be read back with the same outcome
