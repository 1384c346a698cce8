package uk.carerules.allocation;

/** How a personal budget, or one line of a support plan, is taken (POLICY.md section 4, Delivery). */
public enum DeliveryRoute {
    DIRECT_PAYMENT, MANAGED_ACCOUNT, INDIVIDUAL_SERVICE_FUND, COUNCIL_ARRANGED
}
