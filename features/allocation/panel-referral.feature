Feature: RAS - when the indicative budget goes to the panel
  Rotherham 2018: no package above 300 pounds a week is signed off without the weekly Wellbeing Forum
  (seed 001:116). panel.drl and calculation.drl send an indicative budget to the panel when:
  - ABOVE_CEILING: the calculated amount is above the RAS ceiling (and is capped at it);
  - ABOVE_SIGN_OFF_THRESHOLD: the weekly amount, after adjustments, is above 300.00;
  - EXCEPTIONAL_TWO_CARERS: personal care needs two people helping at once (personal care E);
  - EXCEPTIONAL_BEHAVIOUR: behaviour that challenges at the highest level (complex needs E).
  Otherwise no panel is needed and the assessor's manager can agree the amount.

  Background:
    Given a person whose needs were found eligible on 2024-05-10

  Scenario: A modest amount needs no panel
    # 29 x £4.00 = £116.00
    Given the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
    When the indicative budget is worked out
    Then no panel is needed
    And the rule "No reason for the panel: the indicative budget can be agreed by the assessor's manager" fired
    And a reason says "No panel is needed: the amount is within the RAS ceiling, at or below £300.00 a week"

  Scenario: Every domain at D: above the sign-off threshold
    # 119 x £4.00 = £476.00 > £300.00
    Given the questionnaire is answered on 2024-06-01 with every domain at D and informal support A
    When the indicative budget is worked out
    Then the weekly indicative budget is £476.00
    And the only reason for the panel is ABOVE_SIGN_OFF_THRESHOLD
    And a reason says "Panel needed: The weekly amount of £476.00 is above £300.00 a week: no package above that is signed off without the weekly Wellbeing Forum."
    And a reason cites "seed 001:116"

  Scenario: Exactly 300.00 pounds a week is not above the threshold
    # every domain at C (69) with staying safe D instead of C (+6) = 75 points x £4.00 = £300.00
    Given the questionnaire is answered on 2024-06-01 with every domain at C and informal support A
    And staying safe is answered D
    When the indicative budget is worked out
    Then the total points are 75
    And the weekly indicative budget is £300.00
    And no panel is needed

  Scenario: Just above 300.00 pounds a week
    # every domain at C (69), eating and drinking D (+5) and work D (+2) = 76 points x £4.00 = £304.00
    Given the questionnaire is answered on 2024-06-01 with every domain at C and informal support A
    And the answers are eating and drinking D and work, learning and volunteering D
    When the indicative budget is worked out
    Then the total points are 76
    And the weekly indicative budget is £304.00
    And the panel is needed because above the sign-off threshold

  Scenario: An unpaid carer's continuing support can bring the amount back under the threshold
    # every domain at C with personal care D: 79 x £4.00 = £316.00; less 10% (£31.60) = £284.40
    Given the questionnaire is answered on 2024-06-01 with every domain at C and informal support B
    And personal care is answered D
    When the indicative budget is worked out
    Then the amount before adjustments is £316.00 a week
    And the weekly indicative budget is £284.40
    And no panel is needed

  Scenario: Two carers needed at once for personal care
    # personal care E only: 34 x £4.00 = £136.00
    Given the questionnaire is answered on 2024-06-01 with every domain at A and informal support A
    And personal care is answered E
    When the indicative budget is worked out
    Then the weekly indicative budget is £136.00
    And the only reason for the panel is EXCEPTIONAL_TWO_CARERS
    And a reason says "Personal care needs two people helping at once"
    And a reason is given by the rule "Exceptional need: two carers needed at once"

  Scenario: Behaviour that challenges at the highest level
    # complex needs or behaviour E only: 28 x £4.00 = £112.00
    Given the questionnaire is answered on 2024-06-01 with every domain at A and informal support A
    And complex needs or behaviour that challenges is answered E
    When the indicative budget is worked out
    Then the weekly indicative budget is £112.00
    And the only reason for the panel is behaviour that challenges at the highest level
    And a reason is given by the rule "Exceptional need: behaviour that challenges at the highest level"

  Scenario: Every reason at once: the highest answers everywhere
    # 139 x £4.00 = £556.00, capped at £500.00, which is also above £300.00
    Given the questionnaire is answered on 2024-06-01 with every domain at its highest answer and informal support A
    When the indicative budget is worked out
    Then the only reasons for the panel are: ABOVE_CEILING, ABOVE_SIGN_OFF_THRESHOLD, EXCEPTIONAL_TWO_CARERS and EXCEPTIONAL_BEHAVIOUR
    And the panel is needed because the amount is above the RAS ceiling, two carers are needed at once and behaviour that challenges

  Scenario: Personal care E with every other domain at D, in 2025-26: capped at that year's ceiling
    # 24 -> 34 for personal care: 119 + 10 = 129 points x £4.20 = £541.80, capped at the 2025-26 ceiling of £525.00
    Given the questionnaire is answered on 2025-06-02 with every domain at D and informal support A
    And personal care is answered E
    When the indicative budget is worked out
    Then the total points are 129
    And there is an adjustment for the ceiling of -£16.80
    And the weekly indicative budget is £525.00
    And the only reasons for the panel are: above the ceiling, above the sign-off threshold and two carers
