package io.callbot.nlu;

/**
 * Where an intent was found in a hypothesis's words, [start, end); an immutable value.
 *
 * @param intent index of the candidate intent
 * @param kind   what found it
 * @param weight phrase words matched (for a phrase), words covered otherwise
 */
record Span(int intent, int start, int end, Kind kind, int weight) {

    /** What found a span, strongest first. */
    enum Kind { PHRASE, EVIDENCE, PARTIAL }

    boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }

    int length() {
        return end - start;
    }
}
