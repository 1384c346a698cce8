package uk.carerules.policy.cli;

import picocli.CommandLine.Command;

/** {@code java -jar care-rules.jar rules <command>}: policy staff's tools on the server. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Policy staff's tools: validate rules, model a change, calibrate prices.",
    subcommands = {ValidateCommand.class, WhatIfCommand.class, CalibrateCommand.class, SampleCasesCommand.class})
public class RulesCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
