package io.callbot.webhook;

import java.util.Map;
import java.util.Optional;

/**
 * Looks up a campaign's webhook signing secret by the environment variable name the campaign gives, so secrets stay
 * out of files and the database; tests inject a map. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface SecretResolver {

    /** The secret held by that variable, or empty when it is unset or blank. */
    Optional<String> resolve(String envName);

    /** Reads the process environment. */
    static SecretResolver environment() {
        return name -> Optional.ofNullable(System.getenv(name)).filter(s -> !s.isBlank());
    }

    /** Fixed secrets, for tests and embedding. */
    static SecretResolver of(Map<String, String> secrets) {
        Map<String, String> copy = Map.copyOf(secrets);
        return name -> Optional.ofNullable(copy.get(name)).filter(s -> !s.isBlank());
    }
}
