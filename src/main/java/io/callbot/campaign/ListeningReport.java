package io.callbot.campaign;

import io.callbot.dialog.DialogSpec;
import io.callbot.dialog.GlobalIntent;
import io.callbot.dialog.Intent;
import io.callbot.dialog.StateSpec;
import io.callbot.nlu.CandidateIntent;
import io.callbot.nlu.IntentLibrary;
import io.callbot.nlu.LibraryIntent;
import io.callbot.nlu.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * What each listening state of a campaign hears, in words for the marketer: each intent, the library intent it
 * builds on and what that means, the campaign's own phrases and keys, which confirmation questions it asks, and the
 * size of the recognizer grammar ({@code callbot validate --explain}). Stateless.
 */
public final class ListeningReport {

    private ListeningReport() {
    }

    /** The report's lines for a valid campaign. */
    public static List<String> of(Campaign campaign) {
        List<String> out = new ArrayList<>();
        IntentLibrary library = IntentLibraries.forVoice(campaign.voice());
        String language = campaign.voice() == null ? "en" : campaign.voice().language();
        out.add(library == null
                ? "  language " + language + " has no built-in intent library: states hear their phrases and keys only"
                : "  intent library: " + library.language() + " (" + String.join(", ", library.intents().keySet()) + ")");
        DialogSpec dialog = campaign.dialog();
        for (StateSpec state : dialog.states().values()) {
            if (!state.listens()) {
                continue;
            }
            out.add("  " + state.name() + " listens for:");
            List<Intent> heard = dialog.intentsHeardIn(state);
            for (Intent intent : heard) {
                boolean global = !state.expect().contains(intent);
                out.add(String.format("    %-18s %s%s", intent.name(), global ? "global, " : "", describe(intent, library)));
            }
            if (heard.stream().anyMatch(i -> i.role() == Role.OPT_OUT)) {
                out.add("    opt-out words heard only in part are confirmed with "
                        + (dialog.confirmOptOut().isEmpty() ? "the engine's question" : "dialog.confirm_opt_out"));
            }
            if (state.expect().stream().anyMatch(i -> i.role() == Role.AFFIRM)) {
                out.add("    a yes heard only in part is confirmed with "
                        + (dialog.confirmYes().isEmpty() ? "the engine's question" : "dialog.confirm_yes"));
            }
            if (library != null) {
                int words = library.compile(heard.stream()
                        .map(i -> new CandidateIntent(i.name(), i.library(), i.phrases())).toList()).grammar().size();
                out.add("    recognizer grammar: " + words + " words and phrases; unsure turns get a free-form second pass");
            }
        }
        return out;
    }

    private static String describe(Intent intent, IntentLibrary library) {
        List<String> parts = new ArrayList<>();
        if (intent.library() != null && library != null) {
            String meaning = library.intent(intent.library()).map(LibraryIntent::description).orElse("");
            parts.add("library " + intent.library() + (meaning.isEmpty() ? "" : ": " + meaning));
        }
        if (!intent.phrases().isEmpty()) {
            parts.add((intent.library() != null ? "+ " : "") + intent.phrases().size() + " own phrase(s)");
        }
        if (!intent.dtmf().isEmpty()) {
            parts.add("keys " + String.join(" ", intent.dtmf()));
        }
        return String.join("; ", parts);
    }
}
