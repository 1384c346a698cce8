package uk.carerules.policy;

import uk.carerules.allocation.Questionnaire;

import java.math.BigDecimal;
import java.util.List;

/** Writes proposed rates as a rates.drl a policy officer can drop into a candidate ruleset directory. */
final class RateFileWriter {

    private RateFileWriter() {
    }

    static String write(String year, String basis, BigDecimal price, List<CalibrationResult.Band> bands, Questionnaire.Rates current) {
        StringBuilder drl = new StringBuilder();
        String rule = "Rates " + year + ": ";
        drl.append("// RAS rates ").append(year).append(", PROPOSED BY CALIBRATION: ").append(basis).append("\n")
            .append("// Review before use. Limits, reductions, thresholds and the carer's budget are copied from the rates in force.\n")
            .append("package allocation;\n\nimport java.math.BigDecimal;\nimport uk.carerules.allocation.*;\n\n");
        declare(drl, rule + "what these figures are", "insert(new QuestionnaireInfo(\"Supported self-assessment questionnaire and RAS rates "
            + year + " (calibrated)\", \"" + year + "\", false, " + quote("Calibrated: " + basis) + "));");
        declare(drl, rule + "points become pounds at a price per point",
            "// PRICE_PER_POINT or BANDED_TABLE: both are declared below; this line says which is in force.\n"
                + "    insert(new RasMethod(\"PRICE_PER_POINT\", " + quote("Council RAS rates " + year + " (calibrated): price per point") + "));");
        declare(drl, rule + "price per point", "insert(new PricePerPoint(new BigDecimal(\"" + price.toPlainString() + "\"), "
            + quote("Council RAS rates " + year + " (calibrated): " + price.toPlainString() + " pounds a point a week") + "));");
        StringBuilder bandLines = new StringBuilder("// Points from and to (inclusive), and the weekly amount.\n");
        for (CalibrationResult.Band b : bands) {
            bandLines.append("    insert(new PointsBand(").append(b.fromPoints()).append(", ").append(b.toPoints()).append(", new BigDecimal(\"")
                .append(b.proposedWeekly().toPlainString()).append("\")));\n");
        }
        declare(drl, rule + "banded table", bandLines.toString().stripTrailing());
        StringBuilder reductions = new StringBuilder();
        for (Questionnaire.ReductionView r : current.informalSupport()) {
            reductions.append("insert(new InformalSupportReduction(\"").append(r.answer()).append("\", new BigDecimal(\"")
                .append(r.percent().toPlainString()).append("\"), ").append(quote(r.wording())).append(", ")
                .append(quote("Council RAS policy " + year + ": informal support")).append("));\n    ");
        }
        declare(drl, rule + "an unpaid carer's continuing support", reductions.toString().stripTrailing());
        declare(drl, rule + "least and most weekly indicative amount", "insert(new WeeklyLimits(new BigDecimal(\""
            + current.minimumWeekly().toPlainString() + "\"), new BigDecimal(\"" + current.maximumWeekly().toPlainString() + "\"), "
            + quote("Council RAS policy " + year + ": minimum and ceiling") + "));");
        declare(drl, rule + "weekly to annual", "insert(new AnnualRule(new BigDecimal(\"" + current.weeksPerYear().toPlainString() + "\"), "
            + quote(current.annualRule()) + "));");
        declare(drl, rule + "panel sign-off threshold", "insert(new PanelSignOff(new BigDecimal(\"" + current.panelSignOffWeekly().toPlainString()
            + "\"), \"panel\", " + quote("Council policy " + year + ": panel sign-off threshold") + "));");
        declare(drl, rule + "support plan tolerance", "insert(new SupportPlanTolerance(new BigDecimal(\""
            + current.supportPlanTolerancePercent().toPlainString() + "\"), " + quote("Council RAS policy " + year + ": support plan tolerance") + "));");
        Questionnaire.CarerBudgetView carer = current.carerBudget();
        declare(drl, rule + "carer's personal budget", "insert(new CarerBudget(new BigDecimal(\"" + carer.amount().toPlainString() + "\"), \""
            + carer.frequency() + "\", " + quote(carer.scheme()) + ", " + quote("Council policy " + year + ": carers' personal budgets") + "));");
        return drl.toString();
    }

    private static void declare(StringBuilder drl, String name, String body) {
        drl.append("rule ").append(quote(name)).append("\n    salience 1000\nwhen\nthen\n    ").append(body).append("\nend\n\n");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
