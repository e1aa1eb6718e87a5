package io.callbot.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML mapping seen as a section of known keys: reports unknown keys (with a did-you-mean), duplicate
 * keys, missing required keys, and hands out typed values through {@link Scalars}; used by one thread.
 */
final class YamlMap {

    /** Keys people try that must never be there, with the reason. */
    private static final Map<String, String> FORBIDDEN = Map.of(
            "secret", "secrets never go in campaign files; put it in an environment variable and name it in secret_env",
            "password", "secrets never go in campaign files; use an environment variable");

    private final MappingNode node;
    private final String path;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(MappingNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /**
     * Wraps {@code node} when it is a mapping, checking its keys against {@code allowed} (null = any key);
     * reports and returns null when it is not a mapping.
     */
    static YamlMap of(Node node, String path, Problems problems, List<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            problems.at(node, path, "must be a mapping, was " + Scalars.describe(node));
            return null;
        }
        YamlMap map = new YamlMap(mapping, path, problems);
        map.index(allowed);
        return map;
    }

    private void index(List<String> allowed) {
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                problems.at(keyNode, path, "keys must be plain names, was " + Scalars.describe(keyNode));
                continue;
            }
            String key = scalar.getValue();
            String keyPath = child(key);
            if (entries.containsKey(key)) {
                problems.at(keyNode, keyPath, "duplicate key");
            } else if (allowed != null && !allowed.contains(key)) {
                problems.at(keyNode, keyPath, unknownKeyMessage(key, allowed));
            } else {
                entries.put(key, tuple);
            }
        }
    }

    private static String unknownKeyMessage(String key, List<String> allowed) {
        if (FORBIDDEN.containsKey(key)) {
            return "not allowed: " + FORBIDDEN.get(key);
        }
        String best = DidYouMean.closest(key, allowed);
        return best != null
                ? "unknown key, did you mean '" + best + "'?"
                : "unknown key; allowed: " + String.join(", ", allowed);
    }

    /** The key node of {@code key} in a raw mapping node, or {@code mapping} itself when not found. */
    static Node keyNodeIn(Node mapping, String key) {
        if (mapping instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                    return s;
                }
            }
        }
        return mapping;
    }

    /** Reports each of {@code keys} that is absent. */
    YamlMap require(String... keys) {
        for (String key : keys) {
            if (!entries.containsKey(key)) {
                problems.at(node, child(key), "required key is missing");
            }
        }
        return this;
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    String path() {
        return path;
    }

    Node node() {
        return node;
    }

    Problems problems() {
        return problems;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The value node of {@code key}, or null when absent. */
    Node get(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getValueNode();
    }

    /** The key node of {@code key}, or null when absent. */
    Node keyNode(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getKeyNode();
    }

    Set<String> keys() {
        return entries.keySet();
    }

    /** The nested section at {@code key}, or null when absent or not a mapping (reported). */
    YamlMap section(String key, List<String> allowed) {
        Node value = get(key);
        return value == null ? null : of(value, child(key), problems, allowed);
    }

    String string(String key) {
        Node value = get(key);
        return value == null ? null : Scalars.string(value, child(key), problems);
    }

    Integer integer(String key, int min, Integer fallback) {
        Node value = get(key);
        return value == null ? fallback : Scalars.integer(value, child(key), problems, min);
    }

    Boolean bool(String key, Boolean fallback) {
        Node value = get(key);
        return value == null ? fallback : Scalars.bool(value, child(key), problems);
    }

    java.time.Duration duration(String key, java.time.Duration fallback) {
        Node value = get(key);
        return value == null ? fallback : Scalars.duration(value, child(key), problems);
    }

    List<String> strings(String key) {
        Node value = get(key);
        return value == null ? List.of() : Scalars.strings(value, child(key), problems);
    }

    /** A list of tag texts, each checked against {@link TagSyntax}. */
    List<String> tags(String key) {
        Node value = get(key);
        return value == null ? List.of() : Scalars.tags(value, child(key), problems);
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
        Node value = get(key);
        return value == null ? fallback : Scalars.enumValue(value, child(key), problems, type);
    }
}
