package io.callbot.api;

import io.callbot.customer.ImportFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Customer store operations the API needs, implemented by the app over {@code io.callbot.customer}. Only customers
 * of the scope's tenants are visible; empty means "no such customer for this caller". A customer is named by its
 * reference as the URL carries it: the CRM's external id, or the store id written {@code id:42} (docs/api.md,
 * "Customer references"). Thread-safe.
 */
public interface CustomerPort {

    /** Imports into {@code tenantId} (the caller's own tenant) from an uploaded body; bad rows are reported, not fatal. */
    ImportReport importCustomers(String tenantId, ImportFormat format, byte[] body);

    Optional<CustomerDetail> get(TenantScope scope, String reference);

    Optional<CustomerDetail> changeTags(TenantScope scope, String reference, Set<String> add, Set<String> remove);

    /** Adds ({@code doNotCall} true, with a reason) or removes the customer's do-not-call flag. */
    Optional<CustomerDetail> setDoNotCall(TenantScope scope, String reference, boolean doNotCall, String reason);

    /** Empty when the customer or the campaign is not visible to the scope. */
    Optional<WhyNotCalled> whyNotCalled(TenantScope scope, String reference, String campaignId);
}
