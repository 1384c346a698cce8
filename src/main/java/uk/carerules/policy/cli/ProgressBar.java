package uk.carerules.policy.cli;

import java.io.PrintStream;

/** A one-line progress bar for long runs on a terminal. */
final class ProgressBar {

    private static final int WIDTH = 40;
    private final PrintStream out;
    private int lastPercent = -1;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    void show(long done, long total) {
        int percent = total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% " + done + "/" + total);
        out.flush();
    }

    void finish() {
        out.println();
    }
}
