package io.callbot.bench;

import com.sun.net.httpserver.HttpServer;
import io.callbot.testing.TestDatabases;
import io.callbot.testing.TestDatabases.TestDatabase;
import io.callbot.webhook.Backlog;
import io.callbot.webhook.SecretResolver;
import io.callbot.webhook.WebhookEndpoint;
import io.callbot.webhook.WebhookEvent;
import io.callbot.webhook.WebhookOutbox;
import io.callbot.webhook.WebhookSender;
import io.callbot.webhook.WebhookSenderSettings;
import io.callbot.webhook.WebhookSigner;
import io.callbot.webhook.WebhookVerifier;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Webhook deliveries per second from the outbox to a local receiver that verifies every signature. A first sender
 * delivers {@code warmup} events so the JIT has compiled the paths (on 2 cores, compiling took more CPU than a
 * 20,000-event run's deliveries); a second sender then delivers the measured {@code events}.
 * Usage: {@code WebhookBench [events=20000] [db=h2|pg] [customers=2000] [perEndpoint] [inFlight] [warmup=20000]}
 * (perEndpoint and inFlight default to {@link WebhookSenderSettings#defaults}'s, what an install gets). Runs on the main thread; the senders and the receiver use their own pools.
 */
public final class WebhookBench {

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        String dbKind = args.length > 1 ? args[1] : "h2";
        int customers = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        WebhookSenderSettings defaults = WebhookSenderSettings.defaults("bench");
        int perEndpoint = args.length > 3 ? Integer.parseInt(args[3]) : defaults.perEndpointConcurrency();
        int inFlight = args.length > 4 ? Integer.parseInt(args[4]) : defaults.maxInFlight();
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 20_000;
        String secret = "whsec_bench";
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        CountDownLatch allReceived = new CountDownLatch(warmup + events);
        CountDownLatch warmedUp = new CountDownLatch(warmup);
        WebhookVerifier verifier = new WebhookVerifier(secret);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        ExecutorService receiverPool = Executors.newFixedThreadPool(inFlight);
        server.setExecutor(receiverPool);
        server.createContext("/hook", ex -> {
            try (ex) {
                byte[] body = ex.getRequestBody().readAllBytes();
                boolean ok = verifier.isValid(ex.getRequestHeaders().getFirst(WebhookSigner.SIGNATURE_HEADER),
                        ex.getRequestHeaders().getFirst(WebhookSigner.TIMESTAMP_HEADER), body);
                (ok ? accepted : rejected).incrementAndGet();
                ex.sendResponseHeaders(ok ? 204 : 401, -1);
                if (ok) {
                    warmedUp.countDown();
                    allReceived.countDown();
                }
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";

        try (TestDatabase db = dbKind.equals("pg") ? TestDatabases.postgres() : TestDatabases.h2()) {
            var ds = db.database().dataSource();
            WebhookOutbox outbox = new WebhookOutbox(ds, Clock.systemUTC());
            WebhookEndpoint endpoint = WebhookEndpoint.of(url, "BENCH_SECRET");
            WebhookSenderSettings settings = WebhookSenderSettings.defaults("bench").withConcurrency(inFlight, perEndpoint);
            SecretResolver secrets = SecretResolver.of(Map.of("BENCH_SECRET", secret));
            if (warmup > 0) {
                enqueue(ds, outbox, endpoint, warmup, customers);
                try (WebhookSender sender = new WebhookSender(ds, settings, secrets, Clock.systemUTC())) {
                    sender.start();
                    warmedUp.await(30, TimeUnit.MINUTES);
                    while (outbox.backlog().undelivered() > 0) {
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
                    }
                }
            }
            long t0 = System.nanoTime();
            enqueue(ds, outbox, endpoint, events, customers);
            double enqueueSeconds = (System.nanoTime() - t0) / 1e9;

            long t1 = System.nanoTime();
            long cpu1 = processCpuNanos();
            try (WebhookSender sender = new WebhookSender(ds, settings, secrets, Clock.systemUTC())) {
                sender.start();
                if (!allReceived.await(30, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("not all events arrived: " + accepted.get());
                }
                double receivedSeconds = (System.nanoTime() - t1) / 1e9;
                Backlog b;
                while ((b = outbox.backlog()).undelivered() > 0) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
                }
                double recordedSeconds = (System.nanoTime() - t1) / 1e9;
                double cpuSeconds = (processCpuNanos() - cpu1) / 1e9;
                System.out.printf("webhook bench: db=%s events=%d customers=%d perEndpoint=%d inFlight=%d"
                        + " (after %d warm-up events)%n", db.name(), events, customers, perEndpoint, inFlight, warmup);
                System.out.printf("  enqueue: %.2f s (%.0f events/s, commit every 500)%n", enqueueSeconds, events / enqueueSeconds);
                System.out.printf("  delivery: all received in %.2f s, all recorded DELIVERED in %.2f s -> %.0f deliveries/s%n",
                        receivedSeconds, recordedSeconds, events / recordedSeconds);
                System.out.printf("  process CPU during delivery (sender + receiver + DB): %.2f s -> %.0f deliveries per CPU-second;"
                        + " load average %.1f on %d cores%n", cpuSeconds, events / cpuSeconds,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        Runtime.getRuntime().availableProcessors());
                System.out.printf("  receiver: %d accepted (signature valid, warm-up included), %d rejected; backlog now %s%n",
                        accepted.get(), rejected.get(), b);
            }
        } finally {
            server.stop(0);
            receiverPool.shutdownNow();
        }
    }

    private static void enqueue(javax.sql.DataSource ds, WebhookOutbox outbox, WebhookEndpoint endpoint, int events,
            int customers) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            for (int i = 0; i < events; i++) {
                outbox.enqueue(c, endpoint, event("cust-" + (i % customers), i));
                if (i % 500 == 499) {
                    c.commit();
                }
            }
            c.commit();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static WebhookEvent event(String customer, int n) {
        Instant now = Instant.now();
        return new WebhookEvent(UUID.randomUUID(), "call.completed", now, "bench", UUID.randomUUID(),
                new WebhookEvent.CampaignRef("bench-campaign", "v1"),
                new WebhookEvent.CustomerRef(customer, "crm-" + customer, "+15*******67"), "ANSWERED", "interested",
                List.of("interested"), List.of(), null,
                List.of(new WebhookEvent.TranscriptLine("bot", "Hello, this is a reminder about your order #" + n),
                        new WebhookEvent.TranscriptLine("customer", "yes I am interested")),
                WebhookEvent.Timings.of(now.minusSeconds(60), now.minusSeconds(55), now), null);
    }
}
