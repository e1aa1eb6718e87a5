package io.callbot.api;

/** One node of the tenancy tree; {@code parentId} is null only for the platform. Immutable value. */
public record Tenant(String id, String parentId, TenantKind kind) {
}
