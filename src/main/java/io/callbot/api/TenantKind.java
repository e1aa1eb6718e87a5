package io.callbot.api;

/** The three levels of the seed's tenancy tree: one platform, its merchants, their sub-merchants. */
public enum TenantKind {
    PLATFORM, MERCHANT, SUB_MERCHANT
}
