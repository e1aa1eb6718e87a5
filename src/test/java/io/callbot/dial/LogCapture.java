package io.callbot.dial;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Collects every log line of the process while open, for assertions on what was (and was not) logged. */
final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    /** Every captured line, formatted, with its MDC. */
    List<String> lines() {
        List<ILoggingEvent> events;
        // AppenderBase.doAppend holds the appender's monitor while it adds to the list
        synchronized (appender) {
            events = new ArrayList<>(appender.list);
        }
        return events.stream()
                .map(e -> e.getLevel() + " " + e.getLoggerName() + " " + e.getMDCPropertyMap() + " "
                        + e.getFormattedMessage())
                .toList();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
    }
}
