package io.callbot.customer;

/** Why one field of an input row was refused, e.g. {@code phone: not a valid number '123'}. Immutable. */
public record FieldError(String field, String reason) {
    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
