package io.callbot.api;

/** An API failure with its HTTP status, a stable code and a message that says what to fix. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    /** 404 for both "does not exist" and "belongs to another tenant", so existence never leaks. */
    public static ApiException notFound(String what, String id) {
        return new ApiException(404, "not_found", "no " + what + " '" + id + "' for this token");
    }
}
