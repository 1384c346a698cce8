Feature: FACS 2010 - the council's threshold, and modelling a lower one
  The council decides which FACS bands it funds. Rotherham's threshold "remains at substantial and
  critical" (004:1303). People whose needs fall below it are not eligible for council-funded support
  but must be given information and advice (004:1303), not nothing.
  Lowering the threshold to Moderate was being evaluated (000:802). The candidate ruleset in
  examples/facs-threshold-moderate models that change; it is not live.

  Rule: The live threshold is Substantial

    Scenario Outline: <band> needs under the live rules
      Given an adult assessed on 2014-11-03 under FACS
      And <need>
      When the eligibility decision is made
      Then the person's needs are in the <band> band
      And the needs are <result>
      And the council's threshold is Substantial
      And the rule "Council threshold: Substantial and Critical needs are funded" fired
      And a reason cites "seed 004:1303"

      Examples:
        | band        | need                                                                  | result       |
        | Critical    | the person cannot carry out vital personal care or domestic routines  | eligible     |
        | Substantial | the person cannot carry out the majority of their personal care or domestic routines | eligible |
        | Moderate    | the person cannot carry out several personal care or domestic routines | not eligible |
        | Low         | the person cannot carry out one or two personal care or domestic routines | not eligible |

    Scenario: Moderate needs: not eligible, but the person is given information and advice
      Given an adult assessed on 2014-11-03 under FACS
      And several social support systems and relationships cannot be sustained
      When the eligibility decision is made
      Then the person's needs are in the Moderate band
      And the needs are not eligible
      And a reason is given by the rule "Band below the council's threshold: not eligible, information and advice"
      And the reasons mention "information and advice"
      And the reasons mention "reassessment"
      And a reason cites "Prioritising need (DH 2010)"
      And a reason is given by the rule "Several social support systems and relationships cannot be sustained: Moderate"

    Scenario: Low needs: not eligible, but the person is given information and advice
      Given an adult assessed on 2014-11-03 under FACS
      And involvement in one or two aspects of work, education or learning cannot be sustained
      When the eligibility decision is made
      Then the person's needs are in the Low band
      And the needs are not eligible
      And the reasons mention "information and advice"
      And the stored decision can be read back with the same outcome

    Scenario: Substantial needs are eligible because they meet the threshold
      Given an adult assessed on 2014-11-03 under FACS
      And abuse or neglect has occurred
      When the eligibility decision is made
      Then the needs are eligible
      And a reason is given by the rule "Band at or above the council's threshold: eligible"
      And the reasons mention "funds needs in the Substantial band and above"

  Rule: The candidate ruleset lowers the threshold to Moderate

    Background:
      Given the rules in "examples/facs-threshold-moderate"

    Scenario Outline: <band> needs under the candidate rules
      Given an adult assessed on 2014-11-03 under FACS
      And <need>
      When the eligibility decision is made
      Then the person's needs are in the <band> band
      And the needs are <result>
      And the council's threshold is Moderate
      And the rule "Candidate: threshold lowered to Moderate, as evaluated in seed 000:802" fired
      And the rule "Council threshold: Substantial and Critical needs are funded" did not fire
      And a reason cites "seed 000:802"

      Examples:
        | band        | need                                                                  | result       |
        | Critical    | the person cannot carry out vital personal care or domestic routines  | eligible     |
        | Substantial | the person cannot carry out the majority of their personal care or domestic routines | eligible |
        | Moderate    | the person cannot carry out several personal care or domestic routines | eligible     |
        | Low         | the person cannot carry out one or two personal care or domestic routines | not eligible |
        | None        | no abuse or neglect has occurred                                      | not eligible |

    Scenario: The same Moderate needs that the live rules refuse are eligible under the candidate
      Given an adult assessed on 2014-11-03 under FACS
      And several family and other social roles cannot be undertaken
      When the eligibility decision is made
      Then the person's needs are in the Moderate band
      And the needs are eligible
      And the reasons mention "funds needs in the Moderate band and above"
      And the stored decision can be read back with the same outcome

    Scenario: Low needs are still below the candidate threshold: information and advice
      Given an adult assessed on 2014-11-03 under FACS
      And one or two social support systems and relationships cannot be sustained
      When the eligibility decision is made
      Then the needs are not eligible
      And the reasons mention "information and advice"

    Scenario: The candidate holds only the FACS rules, so it cannot decide a Care Act assessment
      Given an adult assessed on 2024-05-10 under the Care Act
      And the adult cannot achieve managing toilet needs without assistance
      And the adult cannot achieve being appropriately clothed without assistance
      And there is a significant impact on the adult's wellbeing
      When the eligibility decision is made
      Then the decision is refused with status 422 and a message containing "No eligibility rules are in force on 2024-05-10"
