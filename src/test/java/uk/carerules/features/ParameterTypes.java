package uk.carerules.features;

import io.cucumber.java.ParameterType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The words a scenario may use in each parameter of a step, turned into the API's codes. The allowed
 * words are in {@link Vocabulary} and listed for practitioners in features/README.md.
 */
public class ParameterTypes {

    /** A date as YYYY-MM-DD (kept as written, so that an impossible date such as 2015-02-30 can be sent), or today, yesterday, tomorrow. */
    @ParameterType("\\d{4}-\\d{2}-\\d{2}|today|yesterday|tomorrow")
    public String date(String text) {
        return switch (text) {
            case "today" -> LocalDate.now(java.time.ZoneOffset.UTC).toString();
            case "yesterday" -> LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
            case "tomorrow" -> LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
            default -> text;
        };
    }

    /** A FACS band: Critical, Substantial, Moderate, Low or None. */
    @ParameterType(Vocabulary.BAND_REGEX)
    public String band(String words) {
        return Vocabulary.code(Vocabulary.BANDS, words, "FACS band");
    }

    /** Choice and control over the immediate environment: full, only partial, little or no. */
    @ParameterType(Vocabulary.CHOICE_AND_CONTROL_REGEX)
    public String choice(String words) {
        return Vocabulary.code(Vocabulary.CHOICE_AND_CONTROL, words, "level of choice and control");
    }

    /** Abuse or neglect: serious abuse or neglect, abuse or neglect, no abuse or neglect. */
    @ParameterType(Vocabulary.ABUSE_OR_NEGLECT_REGEX)
    public String abuse(String words) {
        return Vocabulary.code(Vocabulary.ABUSE_OR_NEGLECT, words, "finding on abuse or neglect");
    }

    /** How much of an area of life: vital, the majority (many), several, one or two. */
    @ParameterType(Vocabulary.EXTENT_REGEX)
    public String extent(String words) {
        return Vocabulary.code(Vocabulary.EXTENTS, words, "extent");
    }

    /** One Care Act outcome (adult or carer), in the regulation's words, a short name or the API code. */
    @ParameterType(Vocabulary.OUTCOME_REGEX)
    public String outcome(String words) {
        return Vocabulary.outcome(words);
    }

    /** How an outcome is achieved, as it follows "can achieve nutrition …". */
    @ParameterType(Vocabulary.HOW_REGEX)
    public String how(String words) {
        String w = Vocabulary.normalise(words);
        if (w.equals("without assistance") || w.equals("without difficulty") || w.equals("unaided")) {
            return "ACHIEVED";
        }
        return Vocabulary.way(words);
    }

    /** A way of (not) achieving an outcome written on its own, or its API code. */
    @ParameterType(Vocabulary.WAY_REGEX)
    public String way(String words) {
        return Vocabulary.way(words);
    }

    /** The law a decision is made under: FACS, the Care Act, the Care Act for carers (or the API codes). */
    @ParameterType(Vocabulary.REGIME_REGEX)
    public String regime(String words) {
        return Vocabulary.code(Vocabulary.REGIMES, words, "regime");
    }

    // ------------------------------------------------------------------ the RAS and audit

    /** Money: £116.00, £6,032.00, £120, -£11.60. The pennies are kept as written. */
    @ParameterType(value = Vocabulary.MONEY_REGEX, useForSnippets = false)
    public BigDecimal money(String text) {
        return Vocabulary.money(text);
    }

    /** A questionnaire domain: its title, a short name, or its code. */
    @ParameterType(value = Vocabulary.DOMAIN_REGEX, useForSnippets = false)
    public String domain(String words) {
        return Vocabulary.domain(words);
    }

    /** An answer to a question: one letter. */
    @ParameterType(value = Vocabulary.ANSWER_REGEX, useForSnippets = false)
    public String answer(String letter) {
        return letter.toUpperCase(Locale.ROOT);
    }

    /** A financial year as the rates folders are named: 2024-25. */
    @ParameterType(value = Vocabulary.YEAR_REGEX, useForSnippets = false)
    public String year(String year) {
        return year;
    }

    /** How points become pounds: price per point or banded table. */
    @ParameterType(Vocabulary.METHOD_REGEX)
    public String method(String words) {
        return Vocabulary.code(Vocabulary.METHODS, words, "RAS method");
    }

    /** A change the rules made to the weekly amount: informal support, the minimum, the maximum (the ceiling). */
    @ParameterType(Vocabulary.ADJUSTMENT_REGEX)
    public String adjustment(String words) {
        return Vocabulary.code(Vocabulary.ADJUSTMENTS, words, "adjustment");
    }

    /** What a panel decides: APPROVED, ADJUSTED, DECLINED (or approves, adjusts, declines). */
    @ParameterType(Vocabulary.PANEL_OUTCOME_REGEX)
    public String panelOutcome(String words) {
        return Vocabulary.code(Vocabulary.PANEL_OUTCOMES, words, "panel decision");
    }

    /** Which decision of the scenario: "that decision", "the allocation", "the earlier decision", … (resolved when used). */
    @ParameterType(value = Vocabulary.DECISION_REGEX, useForSnippets = false)
    public String decision(String words) {
        return words;
    }
}
