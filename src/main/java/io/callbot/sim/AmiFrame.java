package io.callbot.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One AMI message (action, response or event): an ordered list of {@code Name: value} lines, names may repeat
 * (e.g. several {@code Variable} lines on an Originate). Immutable once built; safe to share between threads.
 */
public final class AmiFrame {

    /** One header line. */
    public record Field(String name, String value) { }

    private final List<Field> fields;

    private AmiFrame(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    /** Starts a frame whose first line is {@code name: value} (e.g. {@code Event: Hangup}). */
    public static Builder of(String name, String value) {
        return new Builder().add(name, value);
    }

    public static AmiFrame of(List<Field> fields) {
        return new AmiFrame(fields);
    }

    public List<Field> fields() {
        return fields;
    }

    /** The first value of a field, name matched case-insensitively as Asterisk does; null when absent. */
    public String get(String name) {
        for (Field f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                return f.value();
            }
        }
        return null;
    }

    /** Every value of a repeated field, in order. */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (Field f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                values.add(f.value());
            }
        }
        return values;
    }

    /** The message's kind: the value of its {@code Event}, {@code Response} or {@code Action} line. */
    public String kind() {
        String v = get("Event");
        if (v == null) {
            v = get("Response");
        }
        if (v == null) {
            v = get("Action");
        }
        return v == null ? "" : v;
    }

    /** The message as Asterisk writes it: CRLF after each line and an empty line at the end. */
    public String toWire() {
        StringBuilder sb = new StringBuilder(fields.size() * 32);
        for (Field f : fields) {
            sb.append(f.name()).append(": ").append(f.value()).append("\r\n");
        }
        return sb.append("\r\n").toString();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Field f : fields) {
            String n = f.name().toLowerCase(Locale.ROOT);
            // login keys and secrets never reach a log line
            String v = n.equals("secret") || n.equals("key") ? "***" : f.value();
            sb.append(f.name()).append(": ").append(v).append(" | ");
        }
        return sb.toString();
    }

    /** Builds a frame line by line; not thread-safe. */
    public static final class Builder {
        private final List<Field> fields = new ArrayList<>();

        public Builder add(String name, String value) {
            fields.add(new Field(name, value == null ? "" : value));
            return this;
        }

        public Builder addAll(List<Field> more) {
            fields.addAll(more);
            return this;
        }

        public AmiFrame build() {
            return new AmiFrame(fields);
        }
    }
}
