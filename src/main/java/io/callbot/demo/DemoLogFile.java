package io.callbot.demo;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * While the demo runs, the server's log goes to a file instead of the terminal, so the terminal shows the demo's
 * progress line and summary; closing puts the console appenders back. Used from the command's thread.
 */
public final class DemoLogFile implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
    private final FileAppender<ILoggingEvent> file = new FileAppender<>();

    public DemoLogFile(Path path) {
        LoggerContext context = root.getLoggerContext();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{24} [%X{campaign:-}/%X{call:-}] - %msg%n");
        encoder.start();
        file.setContext(context);
        file.setName("DEMO_FILE");
        file.setFile(path.toAbsolutePath().toString());
        file.setEncoder(encoder);
        file.start();
        root.iteratorForAppenders().forEachRemaining(detached::add);
        detached.forEach(root::detachAppender);
        root.addAppender(file);
    }

    @Override
    public void close() {
        root.detachAppender(file);
        detached.forEach(root::addAppender);
        file.stop();
    }
}
