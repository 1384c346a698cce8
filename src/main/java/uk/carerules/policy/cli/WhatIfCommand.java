package uk.carerules.policy.cli;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.carerules.policy.WhatIfJob;
import uk.carerules.policy.WhatIfRequest;
import uk.carerules.policy.WhatIfService;
import uk.carerules.rules.RulesetKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "what-if", mixinStandardHelpOptions = true,
    description = "Re-decide stored decisions under a candidate ruleset directory and report what would change. Nothing stored is altered.")
public class WhatIfCommand implements Callable<Integer> {

    @Option(names = "--candidate", required = true, description = "candidate directory, under the candidates root")
    String candidate;

    @Option(names = "--kind", required = true, description = "ELIGIBILITY or ALLOCATION")
    RulesetKind kind;

    @Option(names = "--from", description = "first assessment date (YYYY-MM-DD)")
    LocalDate from;

    @Option(names = "--to", description = "last assessment date (YYYY-MM-DD)")
    LocalDate to;

    @Option(names = "--json", description = "write the report as JSON to this file")
    Path jsonFile;

    @Option(names = "--csv", description = "write one line per re-decided decision as CSV to this file")
    Path csvFile;

    @Inject
    WhatIfService whatIf;

    @Inject
    JsonMapper json;

    @Override
    public Integer call() throws IOException {
        ProgressBar bar = new ProgressBar(System.err);
        WhatIfJob job = whatIf.runNow(new WhatIfRequest(candidate, kind, from, to), bar::show);
        bar.finish();
        if (!job.status().equals("DONE")) {
            System.err.println("What-if " + job.status() + (job.error() == null ? "" : ": " + job.error()));
            return 1;
        }
        String report = new String(json.writeValueAsBytes(job.report()), java.nio.charset.StandardCharsets.UTF_8);
        if (jsonFile != null) {
            Files.writeString(jsonFile, report);
        }
        if (csvFile != null) {
            Files.write(csvFile, whatIf.csv(job.id()));
        }
        System.out.println(report);
        return 0;
    }
}
