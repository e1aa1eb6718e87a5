package io.callbot.campaign;

import io.callbot.dialog.Message;
import io.callbot.dialog.Template;
import io.callbot.dialog.TemplateParser;
import io.callbot.dialog.TemplateSyntaxException;
import io.callbot.nlu.IntentLibrary;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What the dialog readers collect while parsing, for the checks that need the whole campaign: references
 * to states and outcomes, templates, prompts, each with its node for the error position; used by one thread.
 */
final class DialogReadState {

    /** A name used at {@code node} (a state target, an outcome). */
    record Ref(String name, Node node, String path) {
    }

    /** A parsed template and where it was written. */
    record TemplateRef(Template template, Node node, String path) {
    }

    final Problems problems;
    /** The built-in intent library of the campaign's language; null when the project has none for it. */
    final IntentLibrary library;
    final List<Ref> stateRefs = new ArrayList<>();
    final List<Ref> outcomeRefs = new ArrayList<>();
    final List<Ref> promptRefs = new ArrayList<>();
    final List<TemplateRef> templates = new ArrayList<>();
    /** Fields read by branch conditions; checked like template fields. */
    final List<Ref> conditionFields = new ArrayList<>();
    /** Every {@code transfer_to}: checked against the PBX's dialplan. */
    final List<Ref> transferRefs = new ArrayList<>();

    DialogReadState(Problems problems, IntentLibrary library) {
        this.problems = problems;
        this.library = library;
    }

    /** Reads a state target at {@code key} of {@code map}, remembering it for the graph checks. */
    String target(YamlMap map, String key) {
        Node node = map.get(key);
        if (node == null) {
            return null;
        }
        String name = Scalars.string(node, map.child(key), problems);
        if (name != null) {
            stateRefs.add(new Ref(name, node, map.child(key)));
        }
        return name;
    }

    /** Reads {@code say} and {@code prompt} of {@code map} into a message ({@link Message#NONE} when neither). */
    Message message(YamlMap map) {
        Template say = template(map, "say");
        String prompt = null;
        Node promptNode = map.get("prompt");
        if (promptNode != null) {
            prompt = Scalars.matching(promptNode, map.child("prompt"), problems,
                    java.util.regex.Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]*\\.wav"),
                    "a .wav file name inside voice.prompts_dir (no '..')");
            if (prompt != null && prompt.contains("..")) {
                problems.at(promptNode, map.child("prompt"), "must stay inside voice.prompts_dir, was '" + prompt + "'");
                prompt = null;
            }
            if (prompt != null) {
                promptRefs.add(new Ref(prompt, promptNode, map.child("prompt")));
            }
        }
        return say == null && prompt == null ? Message.NONE : new Message(say, prompt);
    }

    private Template template(YamlMap map, String key) {
        Node node = map.get(key);
        if (node == null) {
            return null;
        }
        String text = Scalars.string(node, map.child(key), problems);
        if (text == null) {
            return null;
        }
        try {
            Template template = TemplateParser.parse(text);
            templates.add(new TemplateRef(template, node, map.child(key)));
            return template;
        } catch (TemplateSyntaxException e) {
            String rest = text.substring(e.offset()).lines().findFirst().orElse("");
            problems.atText(node, rest.substring(0, Math.min(rest.length(), 20)), map.child(key),
                    "bad template: " + e.getMessage() + " at character " + (e.offset() + 1));
            return null;
        }
    }
}
