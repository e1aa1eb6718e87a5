package io.callbot.api;

/**
 * Port: one dependency {@code GET /ready} reports (database, AMI link, speech model). Must answer quickly and
 * never throw for a plain "down"; called from the API's handler pool.
 */
public interface ReadinessCheck {

    String name();

    Status check();

    /** Up or down, with a short detail such as "AMI link CONNECTED". */
    record Status(boolean up, String detail) {
        public static Status up(String detail) {
            return new Status(true, detail);
        }

        public static Status down(String detail) {
            return new Status(false, detail);
        }
    }
}
