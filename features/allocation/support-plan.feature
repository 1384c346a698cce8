Feature: RAS - the costed support plan against the indicative budget
  The indicative budget is an estimate to plan with; the costed support plan sets the final amount
  (POLICY.md section 4, "Indicative -> final"). support-plan.drl costs each line (quantity a week x unit
  cost, rounded half-up to the penny), adds the lines up and compares the total with the indicative budget:
  - within the tolerance (10% of the indicative budget in every shipped year) the plan is agreed;
  - more than the tolerance above it, the panel decides (PLAN_ABOVE_TOLERANCE);
  - more than the tolerance below it, it can be agreed, but the assessor must confirm every eligible need
    is still met (sufficiency);
  - a plan above 300.00 a week goes to the weekly Wellbeing Forum (PLAN_ABOVE_SIGN_OFF_THRESHOLD, seed 001:116);
  - if the indicative budget itself went to the panel, so does the plan (ALLOCATION_REFERRED).
  Each line says how it is delivered: direct payment, managed account, individual service fund or
  council-arranged services (POLICY.md section 4, "Delivery").

  Background:
    Given a person whose needs were found eligible on 2024-05-10

  Rule: A plan for an indicative budget of 116.00 pounds a week (tolerance 11.60)

    Background:
      # every domain at B: 29 points x £4.00 = £116.00; 10% of £116.00 = £11.60
      Given the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
      When the indicative budget is worked out
      Then the weekly indicative budget is £116.00

    Scenario: A plan within the tolerance is agreed
      # 5 x £23.00 = £115.00, £1.00 less than £116.00
      When the support plan is costed as:
        | service   | unit  | quantity per week | unit cost | route          |
        | Home care | hours | 5                 | £23.00    | direct payment |
      Then the plan costs £115.00 a week
      And the plan costs £1.00 a week less than the indicative budget
      And the plan is checked against an indicative budget of £116.00 a week
      And the tolerance is £11.60 a week
      And the plan is within tolerance
      And the plan can be agreed without the panel
      And a reason says "Home care: 5 hours a week at £23.00 = £115.00 a week (direct payment)."
      And a reason says "The plan is within 10% (£11.60 a week) of the indicative budget."
      And the rule "No reason for the panel: the plan can be agreed" fired

    Scenario Outline: A plan costing <cost>, <difference> the indicative budget: <result> the tolerance
      When the support plan is costed as:
        | service                | unit  | quantity per week | unit cost | route          |
        | Personal assistant     | weeks | 1                 | <cost>    | direct payment |
      Then the plan costs <cost> a week
      And the plan is <result> tolerance
      And <panel>

      Examples:
        | cost    | difference        | result | panel                                                                 |
        | £127.60 | £11.60 above      | within | the plan can be agreed without the panel                              |
        | £127.61 | £11.61 above      | beyond | the plan needs the panel because the plan is above the tolerance      |
        | £104.40 | £11.60 below      | within | the plan can be agreed without the panel                              |
        | £104.39 | £11.61 below      | beyond | the plan can be agreed without the panel                              |

    Scenario: A plan well above the indicative budget goes to the panel
      # 5 x £23.00 = £115.00; 1 x £35.50 = £35.50; £150.50 a week, £34.50 more than £116.00
      When the support plan is costed as:
        | service    | unit  | quantity per week | unit cost | route            |
        | Home care  | hours | 5                 | £23.00    | direct payment   |
        | Day centre | days  | 1                 | £35.50    | council arranged |
      Then line 1 of the plan costs £115.00 a week
      And line 2 of the plan costs £35.50 a week
      And the plan costs £150.50 a week
      And the plan costs £34.50 a week more than the indicative budget
      And the plan is beyond tolerance
      And the only reason for the panel is PLAN_ABOVE_TOLERANCE
      And a reason says "The plan costs £34.50 a week more than the indicative budget, beyond the tolerance of 10% (£11.60)."

    Scenario: A plan well below the indicative budget: agreed, but the assessor checks the needs are met
      # 4 x £23.00 = £92.00, £24.00 less than £116.00
      When the support plan is costed as:
        | service   | unit  | quantity per week | unit cost | route          |
        | Home care | hours | 4                 | £23.00    | direct payment |
      Then the plan costs £92.00 a week
      And the plan is beyond tolerance
      And the plan can be agreed without the panel
      And a reason says "confirm that every eligible need is still met (sufficiency)"

    Scenario: Each line is rounded half-up to the penny
      # 5.5 x £21.35 = £117.425, rounded half-up to £117.43; £1.43 more than £116.00
      When the support plan is costed as:
        | service   | unit  | quantity per week | unit cost | route           |
        | Home care | hours | 5.5               | £21.35    | managed account |
      Then the plan costs £117.43 a week
      And the plan costs £1.43 a week more than the indicative budget
      And the plan is within tolerance

    Scenario: A plan delivered in several ways
      # 3 x £14.50 = £43.50; 2 x £21.00 = £42.00; 1 x £30.00 = £30.00; £115.50 a week
      When the support plan is costed as:
        | service            | unit     | quantity per week | unit cost | route                    |
        | Personal assistant | hours    | 3                 | £14.50    | direct payment           |
        | Home care          | hours    | 2                 | £21.00    | council-arranged         |
        | Day service        | sessions | 1                 | £30.00    | individual service fund  |
      Then the plan costs £115.50 a week
      And the plan is within tolerance
      And a reason says "Day service: 1 sessions a week at £30.00 = £30.00 a week (individual service fund)."

    Scenario: Each line needs a delivery route
      When the support plan is costed as:
        | service   | unit  | quantity per week | unit cost |
        | Home care | hours | 5                 | £23.00    |
      Then the support plan is refused with status 400 and a message containing "a delivery route is needed for each line"
      And the problem names the field "lines[0].route"

  Rule: A plan above 300.00 pounds a week goes to the Wellbeing Forum

    Scenario: Within the tolerance of 300.00, but above the sign-off threshold
      # indicative: every domain at C with staying safe D = 75 points x £4.00 = £300.00 (no panel); tolerance £30.00
      # plan: 20 x £15.50 = £310.00, £10.00 more: within the tolerance, but above £300.00
      Given the questionnaire is answered on 2024-06-01 with every domain at C and informal support A
      And staying safe is answered D
      When the indicative budget is worked out
      Then the weekly indicative budget is £300.00
      And no panel is needed
      When the support plan is costed as:
        | service   | unit  | quantity per week | unit cost | route          |
        | Home care | hours | 20                | £15.50    | direct payment |
      Then the plan costs £310.00 a week
      And the tolerance is £30.00 a week
      And the plan is within tolerance
      And the only reason for the panel is PLAN_ABOVE_SIGN_OFF_THRESHOLD
      And a reason says "The plan costs £310.00 a week, above £300.00 a week: no package above that is signed off without the weekly Wellbeing Forum."

    Scenario: Beyond the tolerance and above the threshold
      # 22 x £15.50 = £341.00, £41.00 more than £300.00 (tolerance £30.00)
      Given the questionnaire is answered on 2024-06-01 with every domain at C and informal support A
      And staying safe is answered D
      When the indicative budget is worked out
      And the support plan is costed as:
        | service   | unit  | quantity per week | unit cost | route          |
        | Home care | hours | 22                | £15.50    | direct payment |
      Then the plan costs £341.00 a week
      And the only reasons for the panel are: the plan is above the tolerance and the plan is above the sign-off threshold

    Scenario: An indicative budget that went to the panel takes its plan there too
      # every domain at D: 119 x £4.00 = £476.00 (above £300.00: panel); plan 20 x £23.80 = £476.00
      Given the questionnaire is answered on 2024-06-01 with every domain at D and informal support A
      When the indicative budget is worked out
      Then the panel is needed because ABOVE_SIGN_OFF_THRESHOLD
      When the support plan is costed as:
        | service   | unit  | quantity per week | unit cost | route                   |
        | Home care | hours | 20                | £23.80    | individual service fund |
      Then the plan costs £476.00 a week
      And the plan is within tolerance
      And the only reasons for the panel are: ALLOCATION_REFERRED and PLAN_ABOVE_SIGN_OFF_THRESHOLD

  Rule: The tolerance is a share of each year's indicative budget

    Scenario Outline: In 2025-26 the tolerance of 121.80 pounds is 12.18: a plan of <cost>
      # 29 x £4.20 = £121.80; 10% = £12.18; £121.80 + £12.18 = £133.98
      Given the questionnaire is answered on 2025-06-02 with every domain at B and informal support A
      When the indicative budget is worked out
      And the support plan is costed as:
        | service            | unit  | quantity per week | unit cost | route          |
        | Personal assistant | weeks | 1                 | <cost>    | direct payment |
      Then the tolerance is £12.18 a week
      And the plan is <result> tolerance

      Examples:
        | cost    | result |
        | £133.98 | within |
        | £133.99 | beyond |
