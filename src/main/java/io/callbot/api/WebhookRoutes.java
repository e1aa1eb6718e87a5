package io.callbot.api;

import java.util.Map;

/** Webhook dead letters and their replay. Stateless; handlers run on the API pool. */
final class WebhookRoutes {
    private final DeadLetterPort deadLetters;

    WebhookRoutes(DeadLetterPort deadLetters) {
        this.deadLetters = deadLetters;
    }

    void register(Router router) {
        String base = ApiServer.PREFIX + "/webhooks/dead-letters";
        router.add("GET", base, true, r -> Json.ok(Map.of("deadLetters",
                deadLetters.list(Access.resources(r), 500))));
        router.add("POST", base + "/{id}/replay", true, r -> Json.response(202, deadLetters
                .replay(Access.changes(r), r.param("id"))
                .orElseThrow(() -> ApiException.notFound("dead letter", r.param("id")))));
    }
}
