package io.callbot.campaign;

import java.net.URI;

/**
 * Where call results go. The HMAC secret is read from the environment variable {@code secretEnv} at
 * start-up; it is never in the YAML. Immutable.
 */
public record Webhook(URI url, String secretEnv) {
}
