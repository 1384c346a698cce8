package uk.carerules.policy.cli;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.carerules.policy.CalibrationRequest;
import uk.carerules.policy.CalibrationResult;
import uk.carerules.policy.CalibrationService;
import uk.carerules.policy.SampleCasesCsv;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = "Propose RAS prices from a CSV sample of current cases (caseRef,clientGroup,points,weeklyCost or answers by domain).")
public class CalibrateCommand implements Callable<Integer> {

    @Option(names = "--cases", required = true, description = "CSV file of sample cases")
    Path cases;

    @Option(names = "--date", description = "score answers with the questionnaire in force on this date (default today)")
    LocalDate date;

    @Option(names = "--envelope", description = "total weekly budget the sample's indicative budgets must fit")
    BigDecimal envelope;

    @Option(names = "--contingency", description = "percent of the envelope kept back for panel overrides", defaultValue = "0")
    BigDecimal contingency;

    @Option(names = "--bands", description = "number of bands in the proposed table", defaultValue = "6")
    int bands;

    @Option(names = "--year", description = "financial year for the rate file, e.g. 2026-27")
    String year;

    @Option(names = "--out", description = "write the proposed rates.drl here")
    Path out;

    @Inject
    CalibrationService calibration;

    @Inject
    JsonMapper json;

    @Override
    public Integer call() throws IOException {
        CalibrationResult result = calibration.calibrate(new CalibrationRequest(date, SampleCasesCsv.read(Files.readAllLines(cases)),
            envelope, contingency, bands, year));
        if (out != null) {
            Files.writeString(out, result.rateFile());
            System.err.println("Rate file written to " + out);
        }
        System.out.println("Cases: " + result.cases() + ", points " + result.totalPoints() + ", current weekly total " + result.currentWeeklyTotal());
        System.out.println("Least-squares price per point: " + result.leastSquaresPricePerPoint());
        System.out.println("Proposed price per point:      " + result.proposedPricePerPoint());
        System.out.println("R squared: " + result.fit().rSquared() + ", within ±10% of current cost: "
            + result.fit().shareWithinTenPercent().movePointRight(2).stripTrailingZeros().toPlainString() + "%");
        result.bands().forEach(b -> System.out.println("  band " + b.fromPoints() + "-" + b.toPoints() + ": " + b.cases() + " cases, median "
            + b.medianCurrentWeekly() + ", proposed " + b.proposedWeekly()));
        result.notes().forEach(n -> System.out.println("Note: " + n));
        return 0;
    }
}
