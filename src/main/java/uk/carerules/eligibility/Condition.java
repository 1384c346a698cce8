package uk.carerules.eligibility;

/** Fact: whether one of the numbered conditions of reg 2(1) or reg 3(1) is met. */
public class Condition {
    private final int number;
    private final boolean met;

    public Condition(int number, boolean met) {
        this.number = number;
        this.met = met;
    }

    public int getNumber() { return number; }
    public boolean isMet() { return met; }
}
