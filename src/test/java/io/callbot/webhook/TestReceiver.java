package io.callbot.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A CRM stand-in: a JDK HttpServer on an OS-chosen port that checks every request with {@link WebhookVerifier},
 * records it, and answers what the test's responder says (default 200). Thread-safe.
 */
final class TestReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(String idempotencyKey, String eventIdHeader, String timestamp, String signature, byte[] body,
            String verifyError, int attemptHeader, int status) {
        boolean signatureValid() {
            return verifyError == null;
        }

        boolean accepted() {
            return signatureValid() && status >= 200 && status < 300;
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        WebhookEvent event() {
            return WebhookJson.read(bodyText());
        }
    }

    /** What to answer. */
    record Reply(int status, Map<String, String> headers) {
        static Reply status(int status) {
            return new Reply(status, Map.of());
        }
    }

    private final WebhookVerifier verifier;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger concurrent = new AtomicInteger();
    private final AtomicInteger maxConcurrent = new AtomicInteger();
    private final java.util.Set<Integer> clientPorts = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile Function<Received, Reply> responder = r -> Reply.status(200);
    private HttpServer server;
    private int port;

    TestReceiver(String secret, Clock clock) throws IOException {
        this.verifier = new WebhookVerifier(secret.getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(5), clock);
        start(0);
    }

    synchronized void start(int wantedPort) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wantedPort), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hook", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    /** Goes down: connections are refused until {@link #restart()}. */
    synchronized void stop() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    /** Comes back on the same port. */
    void restart() throws IOException {
        start(port);
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    void respond(Function<Received, Reply> responder) {
        this.responder = responder;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Requests answered 2xx with a valid signature: what the CRM accepted. */
    List<Received> accepted() {
        return received.stream().filter(Received::accepted).toList();
    }

    int maxConcurrent() {
        return maxConcurrent.get();
    }

    /** How many TCP connections requests came over (distinct client ports). */
    int connections() {
        return clientPorts.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = concurrent.incrementAndGet();
        maxConcurrent.accumulateAndGet(now, Math::max);
        clientPorts.add(exchange.getRemoteAddress().getPort());
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var h = exchange.getRequestHeaders();
            String error = null;
            try {
                verifier.verify(h.getFirst(WebhookSigner.SIGNATURE_HEADER), h.getFirst(WebhookSigner.TIMESTAMP_HEADER), body);
            } catch (WebhookVerifier.VerificationException e) {
                error = e.getMessage();
            }
            Received r = new Received(h.getFirst(WebhookSigner.IDEMPOTENCY_HEADER), h.getFirst(WebhookSigner.EVENT_ID_HEADER),
                    h.getFirst(WebhookSigner.TIMESTAMP_HEADER), h.getFirst(WebhookSigner.SIGNATURE_HEADER), body,
                    error, Integer.parseInt(h.getFirst(WebhookSigner.ATTEMPT_HEADER)), 0);
            Reply reply = error == null ? responder.apply(r) : Reply.status(401);
            received.add(new Received(r.idempotencyKey(), r.eventIdHeader(), r.timestamp(), r.signature(), body,
                    error, r.attemptHeader(), reply.status()));
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(reply.status(), -1);
        } finally {
            concurrent.decrementAndGet();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
