Feature: RAS - adjustments: an unpaid carer's continuing support, the minimum and the ceiling
  After the points become pounds, calculation.drl adjusts the weekly amount in this order:
  1. support that an unpaid carer gives and will carry on giving reduces it (rates.drl: answer B 10%,
     C 20%, D 30%; A no reduction), rounded half-up to the penny; the carer's own needs are met separately;
  2. an amount below the council's minimum is raised to the minimum (2024-25 25.00, 2025-26 26.00 a week);
  3. an amount above the RAS ceiling is capped at the ceiling (2024-25 500.00, 2025-26 525.00 a week)
     and the panel decides.
  Each adjustment is listed with its amount (a reduction is negative).

  Background:
    Given a person whose needs were found eligible on 2024-05-10

  Rule: An unpaid carer's continuing support reduces the amount

    Scenario Outline: Informal support <answer>: reduced by <percent>
      # 29 points x £4.00 = £116.00; <percent> of £116.00 = <cut>; £116.00 - <cut> = <weekly>; x 52 = <annual>
      Given the questionnaire is answered on 2024-06-01 with every domain at B and informal support <answer>
      When the indicative budget is worked out
      Then the amount before adjustments is £116.00 a week
      And there is an adjustment for informal support of -<cut>
      And the weekly indicative budget is <weekly>
      And the annual indicative budget is <annual>
      And there is no adjustment for the minimum
      And there is no adjustment for the ceiling
      And a reason says "the amount is reduced by <percent> (<cut> a week), because that support is expected to carry on"
      And a reason says "The carer's own needs are assessed separately."
      And the rule "An unpaid carer's continuing support reduces the amount" fired

      Examples:
        | answer | percent | cut    | weekly  | annual    |
        | B      | 10%     | £11.60 | £104.40 | £5,428.80 |
        | C      | 20%     | £23.20 | £92.80  | £4,825.60 |
        | D      | 30%     | £34.80 | £81.20  | £4,222.40 |

    Scenario: No unpaid carer support (A): nothing is taken off
      Given the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
      When the indicative budget is worked out
      Then there are no adjustments
      And the weekly indicative budget is £116.00
      And the rule "An unpaid carer's continuing support reduces the amount" did not fire

    Scenario: The reduction in 2025-26 is worked out from that year's amount
      # 29 x £4.20 = £121.80; 10% = £12.18; £121.80 - £12.18 = £109.62; x 52 = £5,700.24
      Given the questionnaire is answered on 2025-06-02 with every domain at B and informal support B
      When the indicative budget is worked out
      Then there is an adjustment for an unpaid carer's support of -£12.18
      And the weekly indicative budget is £109.62
      And the annual indicative budget is £5,700.24

    Scenario: Substantial daily help from an unpaid carer with every domain at C in 2025-26
      # 69 x £4.20 = £289.80; 30% = £86.94; £289.80 - £86.94 = £202.86; x 52 = £10,548.72
      Given the questionnaire is answered on 2025-06-02 with every domain at C and informal support D
      When the indicative budget is worked out
      Then there is an adjustment for informal support of -£86.94
      And the weekly indicative budget is £202.86
      And the annual indicative budget is £10,548.72

  Rule: An amount below the minimum is raised to the minimum

    Scenario: No needs scored: the minimum of 25.00 pounds a week
      # 0 points x £4.00 = £0.00, raised by £25.00 to £25.00; x 52 = £1,300.00
      Given the questionnaire is answered on 2024-06-01 with every domain at A and informal support A
      When the indicative budget is worked out
      Then the total points are 0
      And the amount before adjustments is £0.00 a week
      And there is an adjustment for the minimum of £25.00
      And the weekly indicative budget is £25.00
      And the annual indicative budget is £1,300.00
      And a reason says "The amount of £0.00 a week is below the minimum indicative budget of £25.00 a week, so it is raised to the minimum."
      And the rule "Below the minimum weekly amount: raised to the minimum" fired

    Scenario: Six points is just below the minimum
      # personal care B: 6 x £4.00 = £24.00, raised by £1.00 to £25.00
      Given the questionnaire is answered on 2024-06-01 with every domain at A and informal support A
      And personal care is answered B
      When the indicative budget is worked out
      Then the amount before adjustments is £24.00 a week
      And there is an adjustment for the minimum of £1.00
      And the weekly indicative budget is £25.00

    Scenario: The unpaid carer's reduction comes first, then the minimum
      # eating and drinking C: 7 x £4.00 = £28.00; informal support D 30% = £8.40, leaving £19.60;
      # raised by £5.40 to the minimum of £25.00
      Given the questionnaire is answered on 2024-06-01 with every domain at A and informal support D
      And eating and drinking is answered C
      When the indicative budget is worked out
      Then the amount before adjustments is £28.00 a week
      And there is an adjustment for informal support of -£8.40
      And there is an adjustment for the minimum of £5.40
      And the weekly indicative budget is £25.00

    Scenario: The minimum in 2025-26 is 26.00 pounds a week
      # 0 points, raised by £26.00; x 52 = £1,352.00
      Given the questionnaire is answered on 2025-06-02 with every domain at A and informal support A
      When the indicative budget is worked out
      Then there is an adjustment for the minimum of £26.00
      And the weekly indicative budget is £26.00
      And the annual indicative budget is £1,352.00

  Rule: An amount above the RAS ceiling is capped, and the panel decides

    Scenario: The most the questionnaire scores, in 2024-25: capped at 500.00 pounds
      # 139 points x £4.00 = £556.00, capped at £500.00 (-£56.00); x 52 = £26,000.00
      Given the questionnaire is answered on 2024-06-01 with every domain at its highest answer and informal support A
      When the indicative budget is worked out
      Then the amount before adjustments is £556.00 a week
      And there is an adjustment for the ceiling of -£56.00
      And the weekly indicative budget is £500.00
      And the annual indicative budget is £26,000.00
      And the panel is needed because the amount is above the ceiling
      And a reason says "The calculated amount of £556.00 a week is above the RAS ceiling of £500.00 a week"
      And the rule "Above the maximum weekly amount: capped, and the panel decides" fired

    Scenario: The unpaid carer's reduction comes before the cap
      # £556.00 - 10% (£55.60) = £500.40, capped at £500.00 (-£0.40)
      Given the questionnaire is answered on 2024-06-01 with every domain at its highest answer and informal support B
      When the indicative budget is worked out
      Then there is an adjustment for informal support of -£55.60
      And there is an adjustment for the maximum of -£0.40
      And the weekly indicative budget is £500.00

    Scenario: A larger reduction brings the amount under the ceiling
      # £556.00 - 20% (£111.20) = £444.80: no cap; x 52 = £23,129.60
      Given the questionnaire is answered on 2024-06-01 with every domain at its highest answer and informal support C
      When the indicative budget is worked out
      Then there is no adjustment for the ceiling
      And the weekly indicative budget is £444.80
      And the annual indicative budget is £23,129.60
      And the panel is not needed because the amount is above the ceiling

    Scenario: The ceiling in 2025-26 is 525.00 pounds a week
      # 139 x £4.20 = £583.80, capped at £525.00 (-£58.80); x 52 = £27,300.00
      Given the questionnaire is answered on 2025-06-02 with every domain at its highest answer and informal support A
      When the indicative budget is worked out
      Then there is an adjustment for the RAS ceiling of -£58.80
      And the weekly indicative budget is £525.00
      And the annual indicative budget is £27,300.00
