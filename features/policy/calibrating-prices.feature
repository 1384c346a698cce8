Feature: Calibrating RAS prices from real cases
  "Financial modelling ... based on a sample of 100 service users ... unit costs calculated" (seed 004:999).
  Policy staff score a sample of current cases on the questionnaire, set their points against the weekly cost
  of the support they have now, and get proposed prices, how well they fit, and a rate file to try.

  Scenario: Cases costed at a known price give that price back
    Given 100 sample cases on the questionnaire of 2025-06-01, each costing £3.80 a point a week with 10% noise
    When the prices are calibrated
    Then the proposed price per point is within 2% of £3.80
    And the fit explains at least 80% of the variation in cost

  Scenario: The price is scaled so the sample fills the budget less a contingency for panel overrides
    Given 100 sample cases on the questionnaire of 2025-06-01, each costing £4.00 a point a week with 5% noise
    When the prices are calibrated to a weekly envelope of £20,000.00 keeping 10% for panel overrides
    Then the sample's indicative budgets add up to within £25.00 of £18,000.00 a week

  Scenario: The proposed rates can be dropped into a candidate and checked
    Given 100 sample cases on the questionnaire of 2025-06-01, each costing £4.10 a point a week with 10% noise
    When the prices are calibrated
    Then the proposed rate file, dropped into a candidate "calibrated" for 2025-26, validates
