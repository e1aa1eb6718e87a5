package io.callbot.api;

/** What a token may do: {@code ADMIN} reads and changes, {@code READ} only reads. */
public enum TokenRole {
    ADMIN, READ
}
