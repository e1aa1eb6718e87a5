package io.callbot.campaign;

import io.callbot.dialog.DialogSpec;
import io.callbot.dialog.GlobalIntent;
import io.callbot.dialog.StateSpec;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads and checks a whole campaign document, section by section, then the cross-section rules; used by one thread. */
final class CampaignReader {

    static final List<String> KEYS = List.of("id", "name", "kind", "tenant", "priority", "audience", "schedule",
            "dial", "voice", "dialog", "outcomes", "webhook", "data");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    private final Problems problems;
    private final TransferCheck transfers;
    private final AsrModelCheck models;

    CampaignReader(Problems problems, TransferCheck transfers, AsrModelCheck models) {
        this.problems = problems;
        this.transfers = transfers;
        this.models = models;
    }

    /** The campaign, or null when any error was found (all of them are in {@code problems}). */
    Campaign read(Node root, String version) {
        YamlMap doc = YamlMap.of(root, "", problems, KEYS);
        if (doc == null) {
            return null;
        }
        doc.require("id", "name", "kind", "tenant", "audience", "schedule", "dial", "voice", "dialog", "outcomes");
        String id = matching(doc, "id", ID, "lower case letters, digits and -, like winback-coupon");
        String tenant = matching(doc, "tenant", TENANT, "lower case letters, digits, - and _");
        String name = doc.string("name");
        CampaignKind kind = doc.enumValue("kind", CampaignKind.class, null);
        AudienceReader audienceReader = new AudienceReader(problems);
        List<PriorityKey> priority = audienceReader.priority(doc);
        Audience audience = section(doc, "audience", AudienceReader.KEYS, audienceReader::audience);
        Schedule schedule = section(doc, "schedule", ScheduleReader.KEYS, new ScheduleReader(problems)::read);
        DialSettings dial = section(doc, "dial", DialReader.KEYS, new DialReader(problems)::read);
        SectionReaders sections = new SectionReaders(problems, models);
        VoiceSettings voice = section(doc, "voice", SectionReaders.VOICE_KEYS, sections::voice);
        Map<String, String> data = section(doc, "data", null, sections::data);
        Map<String, Outcome> outcomes = section(doc, "outcomes", null, sections::outcomes);
        Webhook webhook = section(doc, "webhook", SectionReaders.WEBHOOK_KEYS, sections::webhook);
        DialogSpec dialog = readDialog(doc, data == null ? Map.of() : data, outcomes == null ? Map.of() : outcomes,
                voice, dial, kind);
        if (problems.any()) {
            return null;
        }
        return new Campaign(id, name, kind, tenant, version, problems.file(), priority, audience, schedule, dial,
                voice, dialog, outcomes, webhook, data);
    }

    private String matching(YamlMap doc, String key, Pattern pattern, String rule) {
        return doc.has(key) ? Scalars.matching(doc.get(key), key, problems, pattern, rule) : null;
    }

    /** Reads the section at {@code key} with {@code reader}; null when absent or not a mapping. */
    private static <T> T section(YamlMap doc, String key, List<String> allowed, Function<YamlMap, T> reader) {
        YamlMap map = doc.section(key, allowed);
        return map == null ? null : reader.apply(map);
    }

    private DialogSpec readDialog(YamlMap doc, Map<String, String> data, Map<String, Outcome> outcomes,
                                  VoiceSettings voice, DialSettings dial, CampaignKind kind) {
        YamlMap dialogMap = doc.section("dialog", DialogReader.KEYS);
        if (dialogMap == null) {
            return null;
        }
        DialogReader reader = new DialogReader(problems, IntentLibraries.forVoice(voice));
        DialogSpec dialog = reader.read(dialogMap);
        reader.checkGraph(dialog);
        DialogReadState context = reader.context();
        TemplateFields.check(context, data.keySet());
        for (DialogReadState.Ref ref : context.transferRefs) {
            String problem = transfers.problem(ref.name());
            if (problem != null) {
                problems.at(ref.node(), ref.path(), problem);
            }
        }
        for (DialogReadState.Ref ref : context.outcomeRefs) {
            if (!outcomes.containsKey(ref.name())) {
                problems.at(ref.node(), ref.path(), "no outcome named '" + ref.name() + "' in outcomes"
                        + DidYouMean.hint(ref.name(), outcomes.keySet()));
            }
        }
        if (voice != null && voice.promptsDir() == null) {
            for (DialogReadState.Ref ref : context.promptRefs) {
                problems.at(ref.node(), ref.path(), "recorded prompts need voice.prompts_dir");
            }
        }
        if (dial != null && dial.answeringMachine() == AnsweringMachinePolicy.LEAVE_MESSAGE
                && (dialog == null || dialog.voicemail().isEmpty()) && !dialogMap.has("voicemail")) {
            problems.at(dialogMap.node(), "dialog.voicemail",
                    "required when dial.answering_machine is leave_message");
        }
        if (dialog != null && (kind == CampaignKind.MARKETING || kind == CampaignKind.RE_ENGAGEMENT)) {
            checkOptOut(dialogMap, dialog, outcomes);
        }
        return dialog;
    }

    /** Sales calls must let the customer opt out, and opting out must mark them do-not-call. */
    private void checkOptOut(YamlMap dialogMap, DialogSpec dialog, Map<String, Outcome> outcomes) {
        GlobalIntent optOut = dialog.globals().get("opt_out");
        if (optOut == null) {
            problems.at(dialogMap.node(), "dialog.global.opt_out",
                    "marketing and re_engagement campaigns must let the customer opt out: define this global intent");
            return;
        }
        StateSpec target = optOut.target() == null ? null : dialog.states().get(optOut.target());
        Outcome outcome = target == null || target.outcome() == null ? null : outcomes.get(target.outcome());
        if (target != null && (outcome == null || !outcome.doNotCall())) {
            Node at = YamlMap.keyNodeIn(dialogMap.get("global"), "opt_out");
            problems.at(at, "dialog.global.opt_out.goto",
                    "state '" + target.name() + "' must set an outcome with do_not_call: true");
        } else if (optOut.target() == null) {
            problems.at(YamlMap.keyNodeIn(dialogMap.get("global"), "opt_out"), "dialog.global.opt_out",
                    "must goto a state (opting out ends the call)");
        }
    }
}
