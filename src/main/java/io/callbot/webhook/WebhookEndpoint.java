package io.callbot.webhook;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Where a campaign's events go and which environment variable holds the signing secret (the secret itself is never
 * stored in the database or the campaign file). Immutable.
 */
public record WebhookEndpoint(URI url, String secretEnv) {
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public WebhookEndpoint {
        if (url == null || url.getScheme() == null || url.getHost() == null
                || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
            throw new IllegalArgumentException("webhook.url must be an absolute http(s) URL, was " + url);
        }
        if (secretEnv == null || !ENV_NAME.matcher(secretEnv).matches()) {
            throw new IllegalArgumentException(
                    "webhook.secret_env must be an environment variable name like CRM_WEBHOOK_SECRET, was " + secretEnv);
        }
    }

    public static WebhookEndpoint of(String url, String secretEnv) {
        return new WebhookEndpoint(URI.create(url), secretEnv);
    }
}
