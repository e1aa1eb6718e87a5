package io.callbot.campaign;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the small sections: {@code voice}, {@code webhook}, {@code data}, {@code outcomes}; used by one thread. */
final class SectionReaders {

    static final List<String> VOICE_KEYS = List.of("tts_voice", "language", "asr_model", "prompts_dir", "record_calls");
    static final List<String> WEBHOOK_KEYS = List.of("url", "secret_env");
    static final List<String> OUTCOME_KEYS = List.of("tags_add", "tags_remove", "set", "final", "crm", "do_not_call",
            "converted");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?");
    private static final Pattern ENV = Pattern.compile("[A-Z_][A-Z0-9_]*");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

    private final Problems problems;
    private final AsrModelCheck models;

    SectionReaders(Problems problems, AsrModelCheck models) {
        this.problems = problems;
        this.models = models;
    }

    VoiceSettings voice(YamlMap voice) {
        voice.require("tts_voice", "language", "asr_model");
        String language = voice.has("language") ? Scalars.matching(voice.get("language"), voice.child("language"),
                problems, LANGUAGE, "a language tag like en-US or zh-CN") : null;
        String prompts = voice.string("prompts_dir");
        if (prompts != null && (prompts.startsWith("/") || prompts.contains(".."))) {
            problems.at(voice.get("prompts_dir"), voice.child("prompts_dir"),
                    "must be a relative directory below the campaign file, was '" + prompts + "'");
        }
        String asrModel = voice.string("asr_model");
        String modelProblem = asrModel == null ? null : models.problem(asrModel);
        if (modelProblem != null) {
            problems.at(voice.get("asr_model"), voice.child("asr_model"), modelProblem);
        }
        return new VoiceSettings(voice.string("tts_voice"), language, asrModel, prompts,
                Boolean.TRUE.equals(voice.bool("record_calls", false)));
    }

    Webhook webhook(YamlMap webhook) {
        webhook.require("url", "secret_env");
        URI url = webhook.has("url") ? url(webhook.get("url"), webhook.child("url")) : null;
        String env = webhook.has("secret_env") ? Scalars.matching(webhook.get("secret_env"), webhook.child("secret_env"),
                problems, ENV, "an environment variable name like CRM_WEBHOOK_SECRET") : null;
        return url == null || env == null ? null : new Webhook(url, env);
    }

    private URI url(Node node, String path) {
        String text = Scalars.string(node, path, problems);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text.trim());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below with the same message as a wrong scheme
        }
        problems.at(node, path, "must be an absolute http or https URL, was '" + text + "'");
        return null;
    }

    /** {@code data}: constant key to text value. */
    Map<String, String> data(YamlMap data) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : data.keys()) {
            if (!KEY.matcher(key).matches()) {
                problems.at(data.keyNode(key), data.child(key), "keys must be lower case letters, digits and _");
                continue;
            }
            String value = data.string(key);
            if (value != null) {
                out.put(key, value);
            }
        }
        return out;
    }

    /** {@code outcomes}: name to definition. */
    Map<String, Outcome> outcomes(YamlMap outcomes) {
        Map<String, Outcome> out = new LinkedHashMap<>();
        for (String name : outcomes.keys()) {
            if (!KEY.matcher(name).matches()) {
                problems.at(outcomes.keyNode(name), outcomes.child(name), "outcome names must be lower case letters, digits and _");
                continue;
            }
            YamlMap def = YamlMap.of(outcomes.get(name), outcomes.child(name), problems, OUTCOME_KEYS);
            if (def == null) {
                continue;
            }
            YamlMap setMap = def.section("set", null);
            Map<String, String> set = setMap == null ? Map.of() : data(setMap);
            out.put(name, new Outcome(name, def.tags("tags_add"), def.tags("tags_remove"), set,
                    def.bool("final", true) != Boolean.FALSE, def.bool("crm", true) != Boolean.FALSE,
                    def.bool("do_not_call", false) == Boolean.TRUE, def.bool("converted", false) == Boolean.TRUE));
        }
        if (outcomes.keys().isEmpty()) {
            problems.at(outcomes.node(), outcomes.path(), "must define at least one outcome");
        }
        return out;
    }
}
