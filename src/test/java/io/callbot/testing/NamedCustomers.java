package io.callbot.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Store ids for customers a test names ("retry-due", "opted-out"): customer ids are numbers (the store's
 * {@code customer.id}), and a name says what a customer is there for. The same name is the same id for the whole
 * run; different names are different ids. Thread-safe.
 */
public final class NamedCustomers {
    private static final Map<String, Long> IDS = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong(9_000_000);

    private NamedCustomers() {}

    /** The store id that stands for {@code name}. */
    public static long id(String name) {
        return IDS.computeIfAbsent(name, n -> NEXT.incrementAndGet());
    }
}
