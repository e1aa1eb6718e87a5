package io.callbot.dial;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the PBX's AMI and how long to wait for things. The secret is never printed ({@link #toString()}).
 *
 * @param host             AMI host
 * @param port             AMI port (5038 on a stock Asterisk)
 * @param username         manager.conf user
 * @param secret           its secret
 * @param resultMargin     how long past the ring timeout a call may stay unsettled before it is given up
 * @param amdTimeout       how long after answer to wait for the AMD verdict before settling ANSWERED
 * @param loginBackoffMin  first retry delay of the first login
 * @param loginBackoffMax  longest retry delay of the first login
 * @param actionTimeout    how long synchronous actions (CoreShowChannels) may take
 * @param transferTimeout  how long after a Redirect to wait for the PBX to say whether the caller reached someone
 *                         (the shipped queue gives up after 300 s)
 */
public record AmiSettings(String host, int port, String username, String secret, Duration resultMargin,
                          Duration amdTimeout, Duration loginBackoffMin, Duration loginBackoffMax,
                          Duration actionTimeout, Duration transferTimeout) {

    public AmiSettings {
        Objects.requireNonNull(host, "ami.host");
        Objects.requireNonNull(username, "ami.username");
        Objects.requireNonNull(secret, "ami.secret");
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("ami.port must be 1..65535, was " + port);
        }
        if (loginBackoffMin.isNegative() || loginBackoffMin.isZero() || loginBackoffMax.compareTo(loginBackoffMin) < 0) {
            throw new IllegalArgumentException("ami.login_backoff must be 0 < min <= max, was "
                    + loginBackoffMin + ".." + loginBackoffMax);
        }
    }

    /**
     * Defaults: 10 s result margin, 8 s AMD wait, login retried from 1 s up to 30 s apart, 10 s action timeout,
     * 10 min for a transfer's verdict.
     */
    public static AmiSettings of(String host, int port, String username, String secret) {
        return new AmiSettings(host, port, username, secret, Duration.ofSeconds(10), Duration.ofSeconds(8),
                Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMinutes(10));
    }

    public AmiSettings withLoginBackoff(Duration min, Duration max) {
        return new AmiSettings(host, port, username, secret, resultMargin, amdTimeout, min, max, actionTimeout,
                transferTimeout);
    }

    public AmiSettings withResultMargin(Duration margin) {
        return new AmiSettings(host, port, username, secret, margin, amdTimeout, loginBackoffMin, loginBackoffMax,
                actionTimeout, transferTimeout);
    }

    public AmiSettings withTransferTimeout(Duration timeout) {
        return new AmiSettings(host, port, username, secret, resultMargin, amdTimeout, loginBackoffMin, loginBackoffMax,
                actionTimeout, timeout);
    }

    @Override
    public String toString() {
        return "AmiSettings[" + username + "@" + host + ":" + port + ", secret=***]";
    }
}
