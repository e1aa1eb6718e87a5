package io.callbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document lists exactly the routes the router has, with the same methods. */
class OpenApiConsistencyTest {
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void documentAndRouterAgree() throws Exception {
        try (ApiHarness api = new ApiHarness()) {
            ApiHarness.Reply doc = api.send("GET", "/api/v1/openapi.yaml", null, null, null);
            assertThat(doc.status()).isEqualTo(200);
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(doc.body());
            assertThat(root.path("openapi").asText()).startsWith("3.");
            Set<String> documented = new TreeSet<>();
            Iterator<String> paths = root.path("paths").fieldNames();
            while (paths.hasNext()) {
                String path = paths.next();
                root.path("paths").path(path).fieldNames().forEachRemaining(m -> {
                    if (HTTP_METHODS.contains(m)) {
                        documented.add(m.toUpperCase(Locale.ROOT) + " " + path);
                    }
                });
            }
            Set<String> routed = new TreeSet<>();
            api.server.router().routes().forEach(r -> routed.add(r.method() + " " + r.pattern()));
            assertThat(documented).as("documented but not routed").isSubsetOf(routed);
            assertThat(routed).as("routed but not documented").isSubsetOf(documented);
        }
    }

    @Test
    void publicRoutesAreMarkedWithoutSecurity() throws Exception {
        try (ApiHarness api = new ApiHarness()) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(
                    api.send("GET", "/api/v1/openapi.yaml", null, null, null).body());
            for (Route r : api.server.router().routes()) {
                JsonNode op = root.path("paths").path(r.pattern()).path(r.method().toLowerCase(Locale.ROOT));
                boolean publicInDoc = op.has("security") && op.path("security").isEmpty();
                assertThat(publicInDoc).as(r.method() + " " + r.pattern() + " public").isEqualTo(!r.authenticated());
            }
            assertThat(List.of(root.path("components").path("securitySchemes").path("bearer").path("scheme").asText()))
                    .containsExactly("bearer");
        }
    }
}
