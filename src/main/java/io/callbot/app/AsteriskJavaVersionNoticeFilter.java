package io.callbot.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Drops Asterisk-Java's "Unable to determine asterisk version ... you should expect problems to follow" error: it
 * appears when the AMI user may not use CoreSettings, says neither why nor what breaks, and the dialer's own
 * permission check ({@code AmiPermissionCheck}) logs that clearly at the same login. Installed by logback.xml;
 * stateless and thread-safe.
 */
public final class AsteriskJavaVersionNoticeFilter extends TurboFilter {

    static final String LOGGER = "org.asteriskjava.manager.internal.ManagerConnectionImpl";
    static final String MESSAGE = "Unable to determine asterisk version";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (format != null && logger != null && format.startsWith(MESSAGE) && LOGGER.equals(logger.getName())) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
