package io.callbot.demo;

import com.sun.net.httpserver.HttpServer;
import io.callbot.webhook.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The demo's stand-in CRM: a local HTTP endpoint that verifies each webhook's signature and counts events. */
public final class DemoCrmReceiver implements AutoCloseable {
    private final HttpServer server;
    private final WebhookVerifier verifier;
    private final Set<String> eventIds = ConcurrentHashMap.newKeySet();
    private final AtomicInteger rejected = new AtomicInteger();
    private final java.util.List<String> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();

    public DemoCrmReceiver(String secret) throws IOException {
        verifier = new WebhookVerifier(secret);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/crm/callbot", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            var h = exchange.getRequestHeaders();
            boolean ok = verifier.isValid(h.getFirst("X-Callbot-Signature"), h.getFirst("X-Callbot-Timestamp"), body);
            if (!ok) {
                rejected.incrementAndGet();
            } else if (eventIds.add(String.valueOf(h.getFirst("Idempotency-Key")))) {
                // at-least-once delivery: a redelivered event is acknowledged and not counted again
                bodies.add(new String(body, java.nio.charset.StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(ok ? 204 : 401, -1);
            exchange.close();
        });
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/crm/callbot");
    }

    /** Distinct events received with a valid signature. */
    int received() {
        return eventIds.size();
    }

    /** The bodies of the distinct events received with a valid signature, in arrival order. */
    public java.util.List<String> bodies() {
        return java.util.List.copyOf(bodies);
    }

    public int rejected() {
        return rejected.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
