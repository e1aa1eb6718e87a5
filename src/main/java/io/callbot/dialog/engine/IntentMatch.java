package io.callbot.dialog.engine;

import io.callbot.dialog.Intent;

/**
 * The intent an utterance or key press was matched to. Immutable.
 *
 * @param intent the matched intent
 * @param phrase the phrase (or DTMF key) that matched
 * @param score  1.0 for an exact match or a key press, lower for a contained phrase or keywords
 * @param kind   how it matched
 */
public record IntentMatch(Intent intent, String phrase, double score, Kind kind) {

    /** How an intent was matched, best first. */
    public enum Kind {
        /** the whole utterance is the phrase */
        EXACT,
        /** a DTMF key of the intent */
        DTMF,
        /** the phrase occurs as consecutive words in the utterance */
        CONTAINED,
        /** the phrase's content words occur in the utterance, in any order */
        KEYWORDS
    }
}
