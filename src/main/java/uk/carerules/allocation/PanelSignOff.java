package uk.carerules.allocation;

import java.math.BigDecimal;

/** Fact declared in the rules: the weekly amount above which no package is agreed without the panel. */
public class PanelSignOff {
    private final BigDecimal weekly;
    private final String panel;
    private final String source;

    public PanelSignOff(BigDecimal weekly, String panel, String source) {
        this.weekly = weekly;
        this.panel = panel;
        this.source = source;
    }

    public BigDecimal getWeekly() {
        return weekly;
    }

    public String getPanel() {
        return panel;
    }

    public String getSource() {
        return source;
    }
}
