package io.callbot.dialog;

/**
 * A personalisation branch: when {@code when} holds for the customer (or {@code when} is null, meaning
 * "otherwise"), the dialog goes to {@code target} on entering the state. Immutable.
 */
public record Branch(Condition when, String target) {

    public boolean unconditional() {
        return when == null;
    }
}
