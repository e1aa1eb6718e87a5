package io.callbot.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads {@code audience} and {@code priority}; used by one thread. */
final class AudienceReader {

    static final List<String> KEYS = List.of("tags", "where", "limit");
    private static final List<String> TAG_KEYS = List.of("all", "any", "none");
    private static final List<String> CONDITION_KEYS = List.of("field", "op", "value");
    private static final List<String> PRIORITY_KEYS = List.of("field", "order");
    private static final Pattern FIELD = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final String FIELD_RULE = "a profile field or attribute key (lower case letters, digits, _)";

    private final Problems problems;

    AudienceReader(Problems problems) {
        this.problems = problems;
    }

    Audience audience(YamlMap audience) {
        TagFilter tags = TagFilter.NONE;
        YamlMap tagMap = audience.section("tags", TAG_KEYS);
        if (tagMap != null) {
            tags = new TagFilter(tagMap.tags("all"), tagMap.tags("any"), tagMap.tags("none"));
        }
        List<AttributeCondition> conditions = new ArrayList<>();
        for (YamlMap item : items(audience, "where", CONDITION_KEYS)) {
            AttributeCondition c = condition(item);
            if (c != null) {
                conditions.add(c);
            }
        }
        return new Audience(tags, conditions, audience.integer("limit", 1, null));
    }

    List<PriorityKey> priority(YamlMap root) {
        List<PriorityKey> keys = new ArrayList<>();
        for (YamlMap item : items(root, "priority", PRIORITY_KEYS)) {
            item.require("field");
            Node fieldNode = item.get("field");
            String field = fieldNode == null ? null
                    : Scalars.matching(fieldNode, item.child("field"), problems, FIELD, FIELD_RULE);
            String order = item.has("order") ? Scalars.matching(item.get("order"), item.child("order"), problems,
                    Pattern.compile("asc|desc"), "asc or desc") : "desc";
            if (field != null && order != null) {
                keys.add(new PriorityKey(field, order.equals("desc")));
            }
        }
        return keys;
    }

    /** The mapping items of the list at {@code key}; reports items that are not mappings. */
    private List<YamlMap> items(YamlMap parent, String key, List<String> allowed) {
        Node node = parent.get(key);
        List<YamlMap> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof SequenceNode seq)) {
            problems.at(node, parent.child(key), "must be a list, was " + Scalars.describe(node));
            return out;
        }
        for (int i = 0; i < seq.getValue().size(); i++) {
            YamlMap item = YamlMap.of(seq.getValue().get(i), parent.child(key) + "[" + i + "]", problems, allowed);
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    private AttributeCondition condition(YamlMap item) {
        item.require("field", "op");
        Node fieldNode = item.get("field");
        String field = fieldNode == null ? null : Scalars.matching(fieldNode, item.child("field"), problems, FIELD, FIELD_RULE);
        Node opNode = item.get("op");
        String opText = opNode == null ? null : Scalars.string(opNode, item.child("op"), problems);
        AttributeCondition.Operator op = opText == null ? null : AttributeCondition.Operator.parse(opText.trim());
        if (opText != null && op == null) {
            problems.at(opNode, item.child("op"),
                    "must be one of = != < > <= >= in exists before after, was '" + opText + "'");
        }
        if (op == null) {
            return null;
        }
        Object value = value(item, op);
        return field == null || (value == null && op != AttributeCondition.Operator.EXISTS)
                ? null : new AttributeCondition(field, op, value);
    }

    private Object value(YamlMap item, AttributeCondition.Operator op) {
        Node node = item.get("value");
        String path = item.child("value");
        if (op == AttributeCondition.Operator.EXISTS) {
            if (node != null) {
                problems.at(node, path, "exists takes no value");
            }
            return null;
        }
        if (node == null) {
            problems.at(item.node(), path, "required key is missing");
            return null;
        }
        return switch (op) {
            case IN -> list(node, path);
            case BEFORE, AFTER -> relativeOrDate(node, path);
            default -> scalar(node, path);
        };
    }

    private Object list(Node node, String path) {
        if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            problems.at(node, path, "must be a non-empty list for in, was " + Scalars.describe(node));
            return null;
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Object v = scalar(seq.getValue().get(i), path + "[" + i + "]");
            if (v == null) {
                return null;
            }
            values.add(v);
        }
        return values;
    }

    private Object relativeOrDate(Node node, String path) {
        String text = Scalars.string(node, path, problems);
        if (text == null) {
            return null;
        }
        java.time.Duration d = Scalars.parseDuration(text.trim());
        if (d != null) {
            return d;
        }
        try {
            return java.time.LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            problems.at(node, path, "must be a duration before now like 90d, or a date YYYY-MM-DD, was '" + text + "'");
            return null;
        }
    }

    /** A number (from an unquoted YAML number), a boolean, or text. */
    private Object scalar(Node node, String path) {
        String text = Scalars.string(node, path, problems);
        if (text == null) {
            return null;
        }
        Tag tag = ((ScalarNode) node).getTag();
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            try {
                return new BigDecimal(text.replace("_", ""));
            } catch (NumberFormatException e) {
                return text;
            }
        }
        if (tag.equals(Tag.BOOL)) {
            return Scalars.bool(node, path, problems);
        }
        return text;
    }
}
