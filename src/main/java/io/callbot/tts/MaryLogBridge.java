package io.callbot.tts;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.spi.LoggingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A log4j 1.x appender (MaryTTS logs through the log4j 1.2 API) that forwards MaryTTS's events to SLF4J under the
 * {@code marytts.*} logger names, so they land in the server's one log with its format and levels, not in a
 * {@code log/server.log} of their own. Named in {@code marytts-log4j.properties}; called on MaryTTS's threads;
 * stateless.
 */
public final class MaryLogBridge extends AppenderSkeleton {

    @Override
    protected void append(LoggingEvent event) {
        Logger logger = LoggerFactory.getLogger(event.getLoggerName());
        String message = String.valueOf(event.getRenderedMessage());
        Throwable thrown = event.getThrowableInformation() == null ? null
                : event.getThrowableInformation().getThrowable();
        int level = event.getLevel().toInt();
        if (level >= Level.ERROR_INT) {
            logger.error(message, thrown);
        } else if (level >= Level.WARN_INT) {
            logger.warn(message, thrown);
        } else if (level >= Level.INFO_INT) {
            logger.info(message, thrown);
        } else {
            logger.debug(message, thrown);
        }
    }

    @Override
    public void close() {
        // nothing held
    }

    @Override
    public boolean requiresLayout() {
        return false;
    }
}
