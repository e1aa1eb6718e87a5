package io.callbot.schedule;

/**
 * What the ledger knows about customers of one campaign that the rules need: their attempts in the campaign,
 * the start times of their recent calls in any campaign of the tenant, and whether they opted out on a call.
 * Loaded in bulk (a whole campaign for a pass, a batch of customers before dialing). Read-only once loaded.
 */
interface CustomerFacts {
    long[] NO_CALLS = new long[0];

    CustomerHistory history(long customerId);

    long[] recentCalls(long customerId);

    boolean optedOut(long customerId);

    /** Facts held in maps (customers absent from a map have no attempts, no calls, no opt-out). */
    static CustomerFacts of(java.util.Map<Long, CustomerHistory> history, java.util.Map<Long, long[]> calls,
            java.util.Set<Long> optedOut) {
        return new CustomerFacts() {
            @Override
            public CustomerHistory history(long customerId) {
                return history.getOrDefault(customerId, CustomerHistory.NONE);
            }

            @Override
            public long[] recentCalls(long customerId) {
                return calls.getOrDefault(customerId, NO_CALLS);
            }

            @Override
            public boolean optedOut(long customerId) {
                return optedOut.contains(customerId);
            }
        };
    }
}
