package io.callbot.api;

/** A freshly created token: the only time the raw {@code token} exists outside the caller's hands. */
public record IssuedToken(TokenInfo info, String token) {
    @Override
    public String toString() {
        return "IssuedToken[" + info + ", token=***]";
    }
}
