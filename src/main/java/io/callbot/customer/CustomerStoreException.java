package io.callbot.customer;

/** A database failure in the customer store, naming the operation, tenant and customer. */
public final class CustomerStoreException extends RuntimeException {
    public CustomerStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
