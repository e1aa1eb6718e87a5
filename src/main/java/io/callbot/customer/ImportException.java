package io.callbot.customer;

/** A problem that stops an import (the file cannot be read further); the message names the file and row. */
public final class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
