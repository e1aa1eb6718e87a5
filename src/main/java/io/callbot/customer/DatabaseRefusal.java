package io.callbot.customer;

import java.sql.SQLException;

/**
 * Why the database refused a row, in words for the person importing: never the driver's message, which quotes
 * the SQL statement and other rows' values. The full error goes to the server log. Stateless and thread-safe.
 */
final class DatabaseRefusal {
    private DatabaseRefusal() {}

    static String reason(Throwable error) {
        String state = sqlState(error);
        String what = switch (state == null ? "" : state) {
            case "22001" -> "a value is longer than the database allows";
            case "22003" -> "a number is out of the range the database allows";
            case "22007", "22008" -> "a date or time the database cannot store";
            case "22P02", "22018" -> "a value the database cannot read as its type";
            case "23502" -> "a required value is missing";
            case "23505" -> "another row with the same external id was stored at the same time";
            case "23503" -> "it refers to something that does not exist";
            case "23513", "23514" -> "a value breaks a rule the database checks";
            default -> "the database refused it";
        };
        return what + (state == null ? "" : " (SQLSTATE " + state + ")") + "; the server log has the details";
    }

    /** The SQLSTATE of the first SQLException in the cause chain (or its next exceptions), or null. */
    static String sqlState(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException e) {
                for (SQLException s = e; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null) {
                        return s.getSQLState();
                    }
                }
            }
        }
        return null;
    }
}
