package io.callbot.campaign;

/**
 * One sort key for choosing which due customers to call first. Immutable.
 *
 * @param field      same namespace as {@link AttributeCondition#field()}: a built-in profile field
 *                   ({@code created_at}, {@code last_called_at}, ...) or an attribute key
 * @param descending true for highest / newest first
 */
public record PriorityKey(String field, boolean descending) {
}
