package io.callbot.customer;

/**
 * Campaign priority: who is called first. {@code field} is a built-in date/text field ({@code created_at},
 * {@code last_called_at}, ...) or an attribute key (ordered by its number, then date, then text); ties and
 * missing values go last, then customer id. Immutable.
 */
public record AudienceOrder(String field, boolean descending) {
    public AudienceOrder {
        Attributes.checkKey(field);
    }

    public static AudienceOrder descending(String field) {
        return new AudienceOrder(field, true);
    }

    public static AudienceOrder ascending(String field) {
        return new AudienceOrder(field, false);
    }
}
