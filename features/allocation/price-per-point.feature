Feature: RAS - points become pounds at a price per point, at the rates of the financial year
  The live rules turn points into a weekly amount at a price per point (rules/allocation/<year>/rates.drl):
  2024-25 4.00 pounds a point a week, 2025-26 4.20. The assessment date chooses the year's rates, so the
  price changes on 1 April. The amount is rounded half-up to the penny after each step that multiplies,
  and the annual amount is the weekly amount times 52 (calculation.drl, rates.drl). The shipped rates are
  an example calibration and say so.

  Background:
    Given a person whose needs were found eligible on 2024-05-10

  Scenario: Every domain at B in June 2024: 29 points at 4.00 pounds
    # 29 x £4.00 = £116.00 a week; x 52 = £6,032.00 a year
    Given the questionnaire is answered on 2024-06-01 with every domain at B and informal support A
    When the indicative budget is worked out
    Then the total points are 29
    And the method is price per point at £4.00
    And the amount before adjustments is £116.00 a week
    And there are no adjustments
    And the weekly indicative budget is £116.00
    And the annual indicative budget is £6,032.00
    And no panel is needed
    And the rates are those of 2024-25
    And the figures are marked as an example calibration
    And the rule "Price per point: the points times the weekly price of a point" fired
    And a reason says "29 points at £4.00 a point a week gives £116.00 a week."
    And a reason says "The indicative personal budget is £116.00 a week, £6,032.00 a year"
    And a reason cites "Council RAS rates 2024-25 (example calibration): 4.00 pounds a point a week"
    And every reason names its rule, its text and its source

  Scenario: Every domain at C in June 2024: 69 points
    # 69 x £4.00 = £276.00 a week (at or below £300.00: no panel); x 52 = £14,352.00
    Given the questionnaire is answered on 2024-06-01 with every domain at C and informal support A
    When the indicative budget is worked out
    Then the indicative budget is £276.00 a week
    And the indicative budget is £14,352.00 a year
    And no panel is needed

  Scenario: One domain only: personal care D
    # 24 x £4.00 = £96.00 a week; x 52 = £4,992.00
    Given the questionnaire is answered on 2024-06-01 with every domain at A and informal support A
    And personal care is answered D
    When the indicative budget is worked out
    Then the weekly indicative budget is £96.00
    And the annual indicative budget is £4,992.00

  Scenario Outline: The rate changes on 1 April: assessed on <date>
    # 29 points x <price> = <weekly> a week; x 52 = <annual> a year
    Given the questionnaire is answered on <date> with every domain at B and informal support A
    When the indicative budget is worked out
    Then the rates are those of <year>
    And the method is price per point at <price>
    And the weekly indicative budget is <weekly>
    And the annual indicative budget is <annual>

    Examples:
      | date       | year    | price | weekly  | annual    |
      | 2024-06-01 | 2024-25 | £4.00 | £116.00 | £6,032.00 |
      | 2025-03-31 | 2024-25 | £4.00 | £116.00 | £6,032.00 |
      | 2025-04-01 | 2025-26 | £4.20 | £121.80 | £6,333.60 |
      | 2025-06-02 | 2025-26 | £4.20 | £121.80 | £6,333.60 |

  Scenario: The same needs cost more in 2025-26
    # every domain at C: 69 x £4.20 = £289.80 a week; x 52 = £15,069.60
    Given the questionnaire is answered on 2025-04-01 with every domain at C and informal support A
    When the indicative budget is worked out
    Then the weekly indicative budget is £289.80
    And the annual indicative budget is £15,069.60
    And a reason cites "Council RAS rates 2025-26 (example calibration): 4.20 pounds a point a week"
