package io.callbot.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callbot.customer.CustomerProfile;
import io.callbot.customer.Tag;
import io.callbot.dialog.engine.CustomerView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the simulated call's customer: a sample, a {@code --profile} JSON file, or a stored profile. Stateless. */
public final class SimulationProfile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SimulationProfile() {}

    /** The sample customer used when neither {@code --profile} nor {@code --customer} is given. */
    public static CustomerView sample() {
        return new CustomerView("sample", "Maria", "Lopez", "+12125550101", ZoneId.of("America/New_York"),
                Map.of(), Set.of());
    }

    /** A stored customer, as the call router would see it. */
    public static CustomerView of(CustomerProfile p) {
        return new CustomerView(String.valueOf(p.id()), p.firstName(), p.lastName(), p.phone(), zone(p.timezone(), null),
                p.attributes(), p.tags().stream().map(Tag::name).collect(Collectors.toSet()));
    }

    /**
     * Reads {@code {"first_name", "last_name", "phone", "timezone", "tags": [], "attributes": {}}}.
     *
     * @throws IllegalArgumentException naming the file and the field when it is malformed
     */
    public static CustomerView read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read profile: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": profile must be a JSON object");
        }
        Set<String> tags = new LinkedHashSet<>();
        JsonNode t = root.path("tags");
        if (!t.isMissingNode() && !t.isArray()) {
            throw new IllegalArgumentException(file + ": tags: must be an array of strings");
        }
        t.forEach(n -> tags.add(n.asText()));
        JsonNode a = root.path("attributes");
        if (!a.isMissingNode() && !a.isObject()) {
            throw new IllegalArgumentException(file + ": attributes: must be an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = a.isMissingNode() ? Map.of()
                : new LinkedHashMap<>(JSON.convertValue(a, Map.class));
        return new CustomerView("profile", text(root, "first_name"), text(root, "last_name"), text(root, "phone"),
                zone(text(root, "timezone"), file), attributes, tags);
    }

    private static String text(JsonNode root, String field) {
        JsonNode n = root.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static ZoneId zone(String id, Path file) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            if (file == null) {
                return null;
            }
            throw new IllegalArgumentException(file + ": timezone: unknown time zone '" + id + "'");
        }
    }
}
