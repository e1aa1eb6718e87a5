package io.callbot.schedule;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Turns a launcher that throws instead of failing its future into a failed future. Stateless. */
final class CompletableFutures {
    private CompletableFutures() {}

    static <T> CompletableFuture<T> safely(Supplier<CompletableFuture<T>> call) {
        try {
            CompletableFuture<T> f = call.get();
            return f != null ? f : CompletableFuture.failedFuture(new IllegalStateException("launcher returned null"));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
