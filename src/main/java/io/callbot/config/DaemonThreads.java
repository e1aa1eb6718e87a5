package io.callbot.config;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The thread factory of callbot's own executors: daemon threads (an executor never keeps the JVM up; its owner
 * shuts it down), named so that logs and thread dumps say whose they are. Here because every package may
 * import {@code config}.
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Threads named {@code prefix-1}, {@code prefix-2}, ... */
    public static ThreadFactory numbered(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> daemon(r, prefix + "-" + n.incrementAndGet());
    }

    /** Threads named {@code prefix-1}, {@code prefix-2}, ... at {@code priority}. */
    public static ThreadFactory numbered(String prefix, int priority) {
        ThreadFactory threads = numbered(prefix);
        return r -> {
            Thread t = threads.newThread(r);
            t.setPriority(priority);
            return t;
        };
    }

    /** Every thread named {@code name} (a single-thread executor's, or a pool whose threads need no number). */
    public static ThreadFactory named(String name) {
        return r -> daemon(r, name);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
