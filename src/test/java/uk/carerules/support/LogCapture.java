package uk.carerules.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the service logs while open: warnings and errors from every logger, and the service's own
 * information lines (the decision store's included), each as the text a log file would hold, stack traces too.
 */
public final class LogCapture implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root;
    private final Logger service;
    private final Level serviceLevel;
    private final boolean serviceAdditive;
    private final Logger ledger;
    private final Level ledgerLevel;

    public LogCapture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        appender.setContext(context);
        appender.start();
        root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        // the service's information lines go to this capture only, not to the console
        service = context.getLogger("uk.carerules");
        serviceLevel = service.getLevel();
        serviceAdditive = service.isAdditive();
        service.setLevel(Level.INFO);
        service.setAdditive(false);
        service.addAppender(appender);
        ledger = context.getLogger("uk.carerules.decisions.DecisionLedger");
        ledgerLevel = ledger.getLevel();
        ledger.setLevel(Level.INFO);
    }

    /** Each event as a log file would have it: level, logger, message, and every exception in the chain with its trace. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent e : List.copyOf(appender.list)) {
            StringBuilder b = new StringBuilder(e.getLevel() + " " + e.getLoggerName() + " - " + e.getFormattedMessage());
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                b.append("\n").append(t.getClassName()).append(": ").append(t.getMessage());
                for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                    b.append("\n\t").append(frame.getSTEAsString());
                }
            }
            lines.add(b.toString());
        }
        return lines;
    }

    public String text() {
        return String.join("\n", lines());
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        service.detachAppender(appender);
        service.setLevel(serviceLevel);
        service.setAdditive(serviceAdditive);
        ledger.setLevel(ledgerLevel);
        appender.stop();
    }
}
