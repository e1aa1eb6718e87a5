package io.callbot.campaign;

import io.callbot.dialog.Branch;
import io.callbot.dialog.Condition;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a state's personalisation {@code branches} and their {@code when} conditions; used by one thread. */
final class BranchReader {

    private static final List<String> BRANCH_KEYS = List.of("when", "goto");
    private static final List<String> WHEN_KEYS = List.of("tag", "not_tag", "field", "op", "value");

    private final DialogReadState context;

    BranchReader(DialogReadState context) {
        this.context = context;
    }

    List<Branch> branches(YamlMap state) {
        Node node = state.get("branches");
        List<Branch> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof SequenceNode seq)) {
            context.problems.at(node, state.child("branches"), "must be a list, was " + Scalars.describe(node));
            return out;
        }
        for (int i = 0; i < seq.getValue().size(); i++) {
            String path = state.child("branches") + "[" + i + "]";
            YamlMap branch = YamlMap.of(seq.getValue().get(i), path, context.problems, BRANCH_KEYS);
            if (branch == null) {
                continue;
            }
            branch.require("goto");
            Condition when = branch.has("when") ? condition(branch.section("when", WHEN_KEYS)) : null;
            String target = context.target(branch, "goto");
            if (target != null) {
                out.add(new Branch(when, target));
            }
            if (when == null && !branch.has("when") && i < seq.getValue().size() - 1) {
                context.problems.at(seq.getValue().get(i + 1), state.child("branches") + "[" + (i + 1) + "]",
                        "unreachable: an earlier branch has no when");
            }
        }
        return out;
    }

    private Condition condition(YamlMap when) {
        if (when == null) {
            return null;
        }
        int kinds = (when.has("tag") ? 1 : 0) + (when.has("not_tag") ? 1 : 0) + (when.has("field") ? 1 : 0);
        if (kinds != 1) {
            context.problems.at(when.node(), when.path(), "give exactly one of tag, not_tag or field");
            return null;
        }
        if (when.has("tag")) {
            String tag = when.string("tag");
            return tag == null ? null : new Condition.HasTag(tag);
        }
        if (when.has("not_tag")) {
            String tag = when.string("not_tag");
            return tag == null ? null : new Condition.LacksTag(tag);
        }
        return fieldTest(when);
    }

    private Condition fieldTest(YamlMap when) {
        when.require("op");
        String field = when.string("field");
        if (field != null) {
            context.conditionFields.add(new DialogReadState.Ref(field, when.get("field"), when.child("field")));
        }
        Node opNode = when.get("op");
        String opText = opNode == null ? null : Scalars.string(opNode, when.child("op"), context.problems);
        Condition.CompareOp op = opText == null ? null : Condition.CompareOp.parse(opText.trim());
        if (opText != null && op == null) {
            context.problems.at(opNode, when.child("op"), "must be one of = != < > <= >= in exists, was '" + opText + "'");
        }
        if (op == null || field == null) {
            return null;
        }
        List<String> values = when.strings("value");
        if (op == Condition.CompareOp.EXISTS && when.has("value")) {
            context.problems.at(when.get("value"), when.child("value"), "exists takes no value");
        } else if (op != Condition.CompareOp.EXISTS && !when.has("value")) {
            context.problems.at(when.node(), when.child("value"), "required key is missing");
        } else if (op != Condition.CompareOp.IN && op != Condition.CompareOp.EXISTS && values.size() > 1) {
            context.problems.at(when.get("value"), when.child("value"), "must be one value for " + op.symbol());
        }
        return new Condition.FieldTest(field, op, values);
    }
}
