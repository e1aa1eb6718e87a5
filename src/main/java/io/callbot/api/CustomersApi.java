package io.callbot.api;

import io.callbot.customer.CustomerImporter;
import io.callbot.customer.CustomerProfile;
import io.callbot.customer.CustomerRef;
import io.callbot.customer.CustomerStore;
import io.callbot.customer.ImportFormat;
import io.callbot.customer.ImportInput;
import io.callbot.customer.ImportListener;
import io.callbot.customer.ImportProblem;
import io.callbot.customer.ImportSummary;
import io.callbot.customer.PhoneNumbers;
import io.callbot.customer.Tag;
import io.callbot.launch.CustomerWhy;
import io.callbot.launch.OptOuts;
import io.callbot.schedule.AttemptLedger;
import io.callbot.schedule.WhyQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The API's customers over the customer store; a customer is named by a {@link CustomerRef}. */
public final class CustomersApi implements CustomerPort {
    private final DataSource db;
    private final CustomerStore store;
    private final ProfileEvents events;
    private final CustomerWhy why;
    private final OptOuts optOuts;

    /** Tells the CRM about a profile change made through the API ({@code customer.updated}, source api). */
    @FunctionalInterface
    public interface ProfileEvents {
        ProfileEvents NONE = (profile, change) -> { };

        void changed(CustomerProfile profile, io.callbot.webhook.ProfileChange change);
    }

    public CustomersApi(DataSource db, CustomerStore store) {
        this(db, store, ProfileEvents.NONE);
    }

    public CustomersApi(DataSource db, CustomerStore store, ProfileEvents events) {
        this(db, store, events, null);
    }

    /** @param why answers {@code GET /customers/{id}/why}; null where no server runs the scheduler */
    public CustomersApi(DataSource db, CustomerStore store, ProfileEvents events, CustomerWhy why) {
        this(db, store, events, why, new OptOuts(store, new AttemptLedger(db), Clock.systemUTC()));
    }

    /** @param optOuts where do-not-call is set and cleared (the profile and the scheduler's opt-out together) */
    public CustomersApi(DataSource db, CustomerStore store, ProfileEvents events, CustomerWhy why, OptOuts optOuts) {
        this.db = db;
        this.store = store;
        this.events = events;
        this.why = why;
        this.optOuts = optOuts;
    }

    /** The same import path as {@code callbot customers import}, reading the body in place of a file. */
    @Override
    public ImportReport importCustomers(String tenantId, ImportFormat format, byte[] body) {
        List<ImportReport.RowError> rejected = new ArrayList<>();
        List<ImportReport.RowError> warnings = new ArrayList<>();
        ImportSummary summary = CustomerImporter.withDefaultBatchSize(db, Clock.systemUTC(),
                new PhoneNumbers("US")).importInput(ImportInput.of("body", body), tenantId,
                format, new ImportListener() {
                    @Override
                    public void problem(ImportProblem p) {
                        List<ImportReport.RowError> to = p.warning() ? warnings : rejected;
                        if (to.size() < CustomerImporter.MAX_KEPT_PROBLEMS) {
                            to.add(rowError(p));
                        }
                    }

                    @Override
                    public void progress(long rows, long bytesRead, long totalBytes) {
                    }
                });
        return new ImportReport(summary.rows(), (int) summary.imported(), (int) summary.updated(), rejected, warnings,
                summary.stop() == null ? null : rowError(summary.stop()));
    }

    private static ImportReport.RowError rowError(ImportProblem p) {
        return new ImportReport.RowError(p.row(), p.field() + ": " + p.reason());
    }

    @Override
    public Optional<CustomerDetail> get(TenantScope scope, String reference) {
        return find(scope, reference).map(CustomersApi::view);
    }

    @Override
    public Optional<CustomerDetail> changeTags(TenantScope scope, String reference, Set<String> add, Set<String> remove) {
        return find(scope, reference).flatMap(p -> {
            store.updateTags(p.tenant(), p.id(), add.stream().map(Tag::parse).toList(), remove);
            events.changed(p, new io.callbot.webhook.ProfileChange(io.callbot.webhook.ProfileChange.SOURCE_API,
                    List.copyOf(add), List.copyOf(remove), Map.of(), null));
            return store.get(p.tenant(), p.id()).map(CustomersApi::view);
        });
    }

    @Override
    public Optional<CustomerDetail> setDoNotCall(TenantScope scope, String reference, boolean doNotCall, String reason) {
        return find(scope, reference).flatMap(p -> {
            try {
                optOuts.set(p.tenant(), p.id(), doNotCall, reason);
            } catch (java.sql.SQLException e) {
                throw new io.callbot.customer.CustomerStoreException("set do-not-call of customer " + p.id()
                        + " of tenant " + p.tenant() + ": " + e.getMessage(), e);
            }
            if (p.doNotCall() != doNotCall) {
                events.changed(p, new io.callbot.webhook.ProfileChange(io.callbot.webhook.ProfileChange.SOURCE_API,
                        List.of(), List.of(), Map.of(), new io.callbot.webhook.ProfileChange.DoNotCall(doNotCall,
                                doNotCall ? reason : null)));
            }
            return store.get(p.tenant(), p.id()).map(CustomersApi::view);
        });
    }

    @Override
    public Optional<WhyNotCalled> whyNotCalled(TenantScope scope, String reference, String campaignId) {
        if (why == null) {
            throw new IllegalStateException("why is not wired in this server");
        }
        return find(scope, reference).map(p -> {
            try {
                var w = why.explain(p.tenant(), new CustomerRef(p.id(), null), campaignId).orElseThrow().answer();
                return new WhyNotCalled(p.externalId(), campaignId, w.dueNow(), w.reasons().stream()
                        .map(r -> new WhyNotCalled.Reason(r.code(), r.message())).toList(), w.nextEligibleAt());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("why not called: " + e.getMessage(), e);
            }
        });
    }

    /**
     * A customer reference: the CRM's external id, or callbot's internal id written {@code id:42} (docs/api.md,
     * "Customer references"). Never both ways at once: "5" is the customer whose external id is 5.
     */
    private Optional<CustomerProfile> find(TenantScope scope, String reference) {
        CustomerRef ref;
        try {
            ref = CustomerRef.parse(reference);
        } catch (IllegalArgumentException e) {
            throw io.callbot.api.ApiException.badRequest(e.getMessage());
        }
        for (String tenant : scope.tenantIds()) {
            Optional<CustomerProfile> p = ref.internalId() != null ? store.get(tenant, ref.internalId())
                    : store.getByExternalId(tenant, ref.externalId());
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private static CustomerDetail view(CustomerProfile p) {
        Map<String, String> attributes = new LinkedHashMap<>();
        p.attributes().forEach((k, v) -> attributes.put(k, String.valueOf(v)));
        return new CustomerDetail(String.valueOf(p.id()), p.tenant(), p.externalId(), p.phone(), p.timezone(),
                p.tags().stream().map(Tag::name).collect(Collectors.toCollection(java.util.LinkedHashSet::new)),
                attributes, p.doNotCall(), p.doNotCallReason(), p.lastCalledAt());
    }
}
