package io.callbot.dialog.engine;

import io.callbot.dialog.DialogSpec;
import io.callbot.dialog.GlobalIntent;
import io.callbot.dialog.Message;
import io.callbot.dialog.Recovery;
import io.callbot.dialog.StateSpec;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The prompts a campaign says alike to every customer: every message, reply and reprompt whose template reads only
 * {@code data.*} and {@code campaign.*} (or that has no template), rendered, plus the engine's own "not caught" line.
 * What a server renders when a campaign loads, so the first calls hit the cache. Stateless; any thread.
 */
public final class StaticPrompts {

    private StaticPrompts() {
    }

    /**
     * @param spec     the campaign's dialog
     * @param campaign the campaign's id, name and data (its customer part is ignored)
     */
    public static List<Action.Prompt> of(DialogSpec spec, DialogContext campaign, DialogSettings settings, Clock clock) {
        DialogContext nobody = new DialogContext(new CustomerView(null, null, null, null, ZoneOffset.UTC, Map.of(),
                Set.of()), campaign.campaignId(), campaign.campaignName(), campaign.data());
        TemplateRenderer renderer = new TemplateRenderer(new ProfileValues(nobody, new LinkedHashMap<>()), clock,
                ZoneOffset.UTC);
        Set<Action.Prompt> out = new LinkedHashSet<>();
        for (Message message : messages(spec)) {
            if (message.say() == null || message.say().fields().stream().allMatch(f -> f.path().startsWith("data.")
                    || f.path().startsWith("campaign."))) {
                out.addAll(renderer.prompts(message));
            }
        }
        out.add(new Action.Prompt(settings.notCaught(), null));
        return List.copyOf(out);
    }

    private static List<Message> messages(DialogSpec spec) {
        List<Message> all = new ArrayList<>();
        for (StateSpec state : spec.states().values()) {
            all.add(state.message());
            addReprompt(all, state.noInput());
            addReprompt(all, state.noMatch());
        }
        addReprompt(all, spec.noInput());
        addReprompt(all, spec.noMatch());
        spec.globals().values().stream().filter(GlobalIntent::resumes).forEach(g -> all.add(g.reply()));
        all.add(spec.voicemail());
        all.removeIf(m -> m == null || m.isEmpty());
        return all;
    }

    private static void addReprompt(List<Message> all, Recovery recovery) {
        if (recovery != null) {
            all.add(recovery.reprompt());
        }
    }
}
