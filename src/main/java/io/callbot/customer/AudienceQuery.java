package io.callbot.customer;

import io.callbot.campaign.Audience;
import io.callbot.campaign.Campaign;
import io.callbot.campaign.CampaignKind;
import io.callbot.campaign.PriorityKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/**
 * Runs a campaign {@link Audience} against one tenant's customers: counts it, or streams the members over a
 * forward-only cursor (autocommit off and a fetch size, so PostgreSQL streams instead of loading the result).
 * Relative dates are measured from the injected clock. Thread-safe; each query uses its own connection.
 */
public final class AudienceQuery {
    static final int FETCH_SIZE = 1000;
    private static final int MEMBERS_PER_QUERY = 500;

    private final DataSource dataSource;
    private final Clock clock;
    /** tests: answer every attribute condition in Java, to check it agrees with the slots' SQL */
    private final boolean evaluateInJava;

    public AudienceQuery(DataSource dataSource, Clock clock) {
        this(dataSource, clock, false);
    }

    AudienceQuery(DataSource dataSource, Clock clock, boolean evaluateInJava) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.evaluateInJava = evaluateInJava;
    }

    /**
     * How to run the audience.
     *
     * @param order            campaign priority, null for customer id order
     * @param includeDoNotCall false (the default) leaves out do-not-call customers
     * @param requireConsent   true leaves out customers without marketing consent
     */
    public record Options(AudienceOrder order, boolean includeDoNotCall, boolean requireConsent) {
        public static final Options DEFAULT = new Options(null, false, false);

        /**
         * How a campaign selects its audience: ordered by its first priority key; do-not-call customers are left
         * out always; customers without consent are left out of {@code marketing} and {@code re_engagement}
         * campaigns, while a {@code service_notice} (an order, delivery or appointment the customer already has)
         * calls them: it is not marketing, and the customer would lose the notice. docs/campaign-format.md says so.
         */
        public static Options forCampaign(Campaign campaign) {
            Options options = DEFAULT.withConsentRequired(campaign.kind() != CampaignKind.SERVICE_NOTICE);
            if (campaign.priority().isEmpty()) {
                return options;
            }
            PriorityKey first = campaign.priority().get(0);
            return options.withOrder(new AudienceOrder(first.field(), first.descending()));
        }

        public Options withOrder(AudienceOrder newOrder) {
            return new Options(newOrder, includeDoNotCall, requireConsent);
        }

        public Options withDoNotCall(boolean include) {
            return new Options(order, include, requireConsent);
        }

        public Options withConsentRequired(boolean required) {
            return new Options(order, includeDoNotCall, required);
        }
    }

    /** How many customers the audience selects (at most its limit). */
    public long count(String tenant, Audience audience, Options options) {
        try (Connection c = dataSource.getConnection()) {
            AudienceSql.Query q = AudienceSql.count(context(c, tenant), audience, options);
            // PostgreSQL's driver only honours the fetch size (streams) inside a transaction
            c.setAutoCommit(false);
            if (Dialect.of(c) == Dialect.POSTGRES) {
                // a count over millions of rows passes the JIT's cost threshold, and compiling it in the leader and
                // each worker cost more than it saved: 1.32-1.47 s without, 1.58-2.04 s with, over 10M customers
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("SET LOCAL jit = off");
                }
            }
            try (PreparedStatement ps = prepare(c, q); ResultSet rs = ps.executeQuery()) {
                long n = q.inJava().isEmpty() ? next(rs) : countInJava(rs, q);
                return audience.limit() == null ? n : Math.min(n, audience.limit());
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new CustomerStoreException("audience count for tenant " + tenant + " failed: " + e.getMessage(), e);
        }
    }

    public long count(String tenant, Audience audience) {
        return count(tenant, audience, Options.DEFAULT);
    }

    /** Calls {@code consumer} for each member, in order, without holding the whole result in memory. */
    public void forEach(String tenant, Audience audience, Options options, Consumer<AudienceMember> consumer) {
        try (Stream<AudienceMember> members = stream(tenant, audience, options)) {
            members.forEach(consumer);
        }
    }

    /**
     * The members as a lazy stream backed by an open cursor and connection: close it (try-with-resources).
     */
    public Stream<AudienceMember> stream(String tenant, Audience audience, Options options) {
        return stream(tenant, audience, options, false);
    }

    /**
     * {@link #stream} of members that carry only their id, phone and timezone (every other field null or empty):
     * what a campaign's dialing queue reads of its whole audience, without the profile columns and the attributes'
     * JSON of every customer.
     */
    public Stream<AudienceMember> streamContacts(String tenant, Audience audience, Options options) {
        return stream(tenant, audience, options, true);
    }

    private Stream<AudienceMember> stream(String tenant, Audience audience, Options options, boolean contactsOnly) {
        Cursor cursor = Cursor.open(dataSource, c -> AudienceSql.select(context(c, tenant), audience, options,
                contactsOnly), tenant, clock.instant(), contactsOnly);
        Stream<AudienceMember> members = StreamSupport.stream(new Spliterators.AbstractSpliterator<AudienceMember>(
                Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super AudienceMember> action) {
                AudienceMember next = cursor.next();
                if (next == null) {
                    return false;
                }
                action.accept(next);
                return true;
            }
        }, false).onClose(cursor::close);
        // conditions answered in Java filter inside the cursor; the limit then applies to what they let through
        return cursor.filteredInJava() && audience.limit() != null ? members.limit(audience.limit()) : members;
    }

    private AudienceSql.Context context(Connection c, String tenant) throws SQLException {
        return new AudienceSql.Context(tenant, clock.instant(), AttributeSlots.load(c, tenant), TagNames.load(c, tenant),
                evaluateInJava);
    }

    private static long next(ResultSet rs) throws SQLException {
        rs.next();
        return rs.getLong(1);
    }

    private long countInJava(ResultSet rs, AudienceSql.Query q) throws SQLException {
        List<ConditionMatcher> matchers = q.inJava().stream().map(c -> new ConditionMatcher(c, clock.instant())).toList();
        long n = 0;
        while (rs.next()) {
            Map<String, Object> attributes = Attributes.fromJson(rs.getString(1));
            if (matchers.stream().allMatch(m -> m.matches(attributes))) {
                n++;
            }
        }
        return n;
    }

    /**
     * The members of the audience among these customers (by store id), looked up by id: for checking customers
     * again right before they are dialled, and for explaining which rule leaves one out. No order; the audience's
     * limit does not apply.
     */
    public List<AudienceMember> members(String tenant, Audience audience, Options options, Collection<Long> ids) {
        List<AudienceMember> out = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += MEMBERS_PER_QUERY) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + MEMBERS_PER_QUERY));
            try (Cursor cursor = Cursor.open(dataSource,
                    c -> AudienceSql.selectMembers(context(c, tenant), audience, options, chunk), tenant, clock.instant())) {
                for (AudienceMember m = cursor.next(); m != null; m = cursor.next()) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    static PreparedStatement prepare(Connection c, AudienceSql.Query q) throws SQLException {
        PreparedStatement ps = c.prepareStatement(q.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        List<Object> params = q.params();
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        ps.setFetchSize(FETCH_SIZE);
        return ps;
    }
}
