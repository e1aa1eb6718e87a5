package io.callbot.asr;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Test listener: queues every event and remembers which thread delivered it; thread-safe. */
final class EventCollector implements RecognitionListener {

    private final BlockingQueue<RecognitionEvent> queue = new LinkedBlockingQueue<>();
    final List<RecognitionEvent> all = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();

    @Override
    public void on(RecognitionEvent event) {
        threads.add(Thread.currentThread().getName());
        all.add(event);
        queue.add(event);
    }

    /** The next event of this type (others before it are skipped); fails after 30 s. */
    <T extends RecognitionEvent> T next(Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            RecognitionEvent e = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("no " + type.getSimpleName() + " within 30 s; events: " + all);
            }
            if (type.isInstance(e)) {
                return type.cast(e);
            }
        }
    }

    /** The next terminal event of a turn: a final result, a no-input or a failure. */
    RecognitionEvent nextTurnEnd() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            RecognitionEvent e = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("no turn end within 30 s; events: " + all);
            }
            if (e instanceof FinalResult || e instanceof NoInput || e instanceof RecognitionFailed) {
                return e;
            }
        }
    }
}
