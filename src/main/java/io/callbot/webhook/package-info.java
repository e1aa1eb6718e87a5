/** CRM webhooks: outbox, HMAC signer and a retrying sender on java.net.http. */
package io.callbot.webhook;
