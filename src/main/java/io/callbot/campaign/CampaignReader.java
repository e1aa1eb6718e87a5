package io.callbot.campaign;

import io.callbot.dialog.DialogSpec;
import io.callbot.dialog.GlobalIntent;
import io.callbot.dialog.StateSpec;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads and checks a whole campaign document, section by section, then the cross-section rules; used by one thread. */
final class CampaignReader {

    static final List<String> KEYS = List.of("id", "name", "kind", "tenant", "priority", "audience", "schedule",
            "dial", "voice", "dialog", "outcomes", "webhook", "data");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    private final Problems problems;

    CampaignReader(Problems problems) {
        this.problems = problems;
    }

    /** The campaign, or null when any error was found (all of them are in {@code problems}). */
    Campaign read(Node root, String version) {
        YamlMap doc = YamlMap.of(root, "", problems, KEYS);
        if (doc == null) {
            return null;
        }
        doc.require("id", "name", "kind", "tenant", "audience", "schedule", "dial", "voice", "dialog", "outcomes");
        String id = doc.has("id") ? Scalars.matching(doc.get("id"), "id", problems, ID,
                "lower case letters, digits and -, like winback-coupon") : null;
        String tenant = doc.has("tenant") ? Scalars.matching(doc.get("tenant"), "tenant", problems, TENANT,
                "lower case letters, digits, - and _") : null;
        String name = doc.string("name");
        CampaignKind kind = doc.enumValue("kind", CampaignKind.class, null);
        AudienceReader audienceReader = new AudienceReader(problems);
        List<PriorityKey> priority = audienceReader.priority(doc);
        YamlMap audienceMap = doc.section("audience", AudienceReader.KEYS);
        Audience audience = audienceMap == null ? null : audienceReader.audience(audienceMap);
        YamlMap scheduleMap = doc.section("schedule", ScheduleReader.KEYS);
        Schedule schedule = scheduleMap == null ? null : new ScheduleReader(problems).read(scheduleMap);
        YamlMap dialMap = doc.section("dial", DialReader.KEYS);
        DialSettings dial = dialMap == null ? null : new DialReader(problems).read(dialMap);
        SectionReaders sections = new SectionReaders(problems);
        YamlMap voiceMap = doc.section("voice", SectionReaders.VOICE_KEYS);
        VoiceSettings voice = voiceMap == null ? null : sections.voice(voiceMap);
        YamlMap dataMap = doc.section("data", null);
        Map<String, String> data = dataMap == null ? Map.of() : sections.data(dataMap);
        YamlMap outcomesMap = doc.section("outcomes", null);
        Map<String, Outcome> outcomes = outcomesMap == null ? Map.of() : sections.outcomes(outcomesMap);
        YamlMap webhookMap = doc.section("webhook", SectionReaders.WEBHOOK_KEYS);
        Webhook webhook = webhookMap == null ? null : sections.webhook(webhookMap);
        DialogSpec dialog = readDialog(doc, data, outcomes, voice, dial, kind);
        if (problems.any()) {
            return null;
        }
        return new Campaign(id, name, kind, tenant, version, problems.file(), priority, audience, schedule, dial,
                voice, dialog, outcomes, webhook, data);
    }

    private DialogSpec readDialog(YamlMap doc, Map<String, String> data, Map<String, Outcome> outcomes,
                                  VoiceSettings voice, DialSettings dial, CampaignKind kind) {
        YamlMap dialogMap = doc.section("dialog", DialogReader.KEYS);
        if (dialogMap == null) {
            return null;
        }
        DialogReader reader = new DialogReader(problems);
        DialogSpec dialog = reader.read(dialogMap);
        reader.checkGraph(dialog);
        DialogContext context = reader.context();
        TemplateFields.check(context, data.keySet());
        for (DialogContext.Ref ref : context.outcomeRefs) {
            if (!outcomes.containsKey(ref.name())) {
                problems.at(ref.node(), ref.path(), "no outcome named '" + ref.name() + "' in outcomes"
                        + DidYouMean.hint(ref.name(), outcomes.keySet()));
            }
        }
        if (voice != null && voice.promptsDir() == null) {
            for (DialogContext.Ref ref : context.promptRefs) {
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
