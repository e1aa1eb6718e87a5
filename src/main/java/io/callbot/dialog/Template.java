package io.callbot.dialog;

import java.util.List;

/**
 * A parsed text template such as {@code "Hi {customer.first_name|default:there}, your parcel comes
 * {customer.attributes.delivery_date|date}."}. Literal text and fields alternate in {@link #segments};
 * {@code {{} and {@code }}} are literal braces. Parse with {@link TemplateParser#parse(String)}. Immutable.
 *
 * @param source   the text as written in the YAML
 * @param segments literal and field parts in order
 */
public record Template(String source, List<Segment> segments) {

    public Template {
        segments = List.copyOf(segments);
    }

    /** The fields the template reads, in order. */
    public List<Field> fields() {
        return segments.stream().filter(Field.class::isInstance).map(Field.class::cast).toList();
    }

    /** A part of a template. */
    public sealed interface Segment permits Literal, Field {
    }

    /** Text spoken as is. */
    public record Literal(String text) implements Segment {
    }

    /**
     * A value looked up by dotted path ({@code customer.first_name}, {@code customer.attributes.x},
     * {@code data.x}, {@code campaign.x}) and passed through the filters left to right.
     */
    public record Field(String path, List<Filter> filters) implements Segment {
        public Field {
            filters = List.copyOf(filters);
        }
    }

    /**
     * A formatting step. Known names: {@code date} (an ISO date spoken as "Tuesday, December 1"),
     * {@code time} ("3:30 PM"), {@code digits} (each digit separately), {@code number} (a number in words),
     * {@code default} (its argument when the value is missing or empty).
     *
     * @param argument text after the colon, or null
     */
    public record Filter(String name, String argument) {
    }

    /** Filter names the engine must implement. */
    public static final List<String> KNOWN_FILTERS = List.of("date", "time", "digits", "number", "default");
}
