package io.callbot.nlu;

import java.util.List;

/**
 * An intent a listening state can hear, as the campaign declares it; an immutable value.
 *
 * @param name    the campaign's name for it (what the dialog follows)
 * @param library the library intent it builds on, or null for the campaign's phrases alone
 * @param phrases the campaign's own phrases (plain phrases or {@link PhrasePattern} patterns), on top of the
 *                library's
 */
public record CandidateIntent(String name, String library, List<String> phrases) {

    public CandidateIntent {
        phrases = List.copyOf(phrases);
    }

    /** The safety role: the library intent's, or the one its name implies. */
    public Role role() {
        return Role.of(library, name);
    }
}
