package uk.carerules.policy.cli;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.carerules.allocation.AllocationService;
import uk.carerules.policy.SampleCases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "sample-cases", mixinStandardHelpOptions = true,
    description = "Generate synthetic sample cases (CSV on standard output) whose current costs follow a known price per point, with noise.")
public class SampleCasesCommand implements Callable<Integer> {

    @Option(names = "--seed", defaultValue = "2009", description = "random seed (same seed, same cases)")
    long seed;

    @Option(names = "--count", defaultValue = "100")
    int count;

    @Option(names = "--price", defaultValue = "4.20", description = "the known price per point a week")
    BigDecimal price;

    @Option(names = "--noise", defaultValue = "0.10", description = "standard deviation of the relative noise on each cost")
    double noise;

    @Option(names = "--date", defaultValue = "2025-06-01", description = "the questionnaire in force on this date is answered")
    LocalDate date;

    @Inject
    AllocationService allocation;

    @Override
    public Integer call() {
        SampleCases.generate(allocation.questionnaire(date), seed, count, price, noise).forEach(System.out::println);
        return 0;
    }
}
