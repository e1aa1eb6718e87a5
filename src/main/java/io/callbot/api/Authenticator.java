package io.callbot.api;

import java.util.Optional;

/** Port: turns a raw bearer token into a caller, empty when unknown or revoked. Implementations are thread-safe. */
@FunctionalInterface
public interface Authenticator {
    Optional<Caller> authenticate(String rawToken);
}
