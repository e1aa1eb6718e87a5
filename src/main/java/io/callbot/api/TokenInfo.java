package io.callbot.api;

import java.time.Instant;

/** A stored token without its secret: id, tenant, role, when created and revoked (null while valid). */
public record TokenInfo(String id, String tenantId, TokenRole role, Instant createdAt, Instant revokedAt) {
}
