package io.callbot.dialog.engine;

import io.callbot.nlu.Hypothesis;
import io.callbot.nlu.IntentSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Something the call layer must do, returned by {@link Dialog#on(Event)} in the order to do it. Immutable
 * values.
 */
public sealed interface Action {

    /**
     * Speak {@code pieces} one after the other, then send {@link Event.PlaybackFinished} with
     * {@code playId}. A later Play replaces nothing: the dialog stops a playback itself when it must.
     *
     * @param interruptible whether caller speech may cut it short; false for mandatory disclosures
     */
    record Play(String playId, List<Prompt> pieces, boolean interruptible) implements Action {
        public Play {
            pieces = List.copyOf(pieces);
        }

        /** The text of all pieces, as a transcript shows it. */
        public String text() {
            return pieces.stream().map(Prompt::describe).collect(Collectors.joining(" "));
        }
    }

    /**
     * One part of a {@link Play}: a recorded prompt file (played when it exists under the campaign's
     * {@code voice.prompts_dir}) and/or rendered text to synthesize.
     *
     * @param text      the text to speak (already rendered); null when only a recording is given
     * @param recording a WAV file name relative to the prompts dir, or null
     */
    record Prompt(String text, String recording) {
        String describe() {
            return text != null && !text.isBlank() ? text : "[" + recording + "]";
        }
    }

    /**
     * Recognize caller speech (and keys) from now on, with this grammar. The no-input timer starts when no
     * playback is running (at once, or when the current playback finishes or is stopped); at its end send
     * {@link Event.NoInputTimeout}.
     *
     * @param expectedIntents the intent names that can be matched now (the state's, then the active globals)
     * @param grammar         the phrases for a grammar-mode recognizer (add "[unk]"); empty when none
     * @param noInputTimeout  silence that counts as no input
     * @param freeForm        true when the recognizer should transcribe freely instead of using the grammar
     * @param understanding   the compiled intents behind it (thread-safe): the recognizer asks it whether a
     *                        grammar pass is clear enough or the turn's audio needs a free-form second pass;
     *                        null when nothing is expected (listening to an answering machine's greeting)
     */
    record Listen(List<String> expectedIntents, List<String> grammar, Duration noInputTimeout, boolean freeForm,
            IntentSet understanding) implements Action {
        public Listen {
            expectedIntents = List.copyOf(expectedIntents);
            grammar = List.copyOf(grammar);
        }

        /** Whether a constrained pass that heard {@code text} should be followed by a free-form pass. */
        public boolean needsSecondPass(String text, double confidence) {
            return understanding != null
                    && understanding.needsSecondPass(new Hypothesis(text, confidence, Hypothesis.Source.GRAMMAR));
        }

        /** Expected phrases the caller often goes on after, so a turn should not end early on them. */
        public Set<String> mayGoOn() {
            return understanding == null ? Set.of() : understanding.mayGoOn();
        }

        /** The grammar's one-word phrases that are whole answers ("yes", "nope"), weighed like whole phrases. */
        public Set<String> oneWordAnswers() {
            return understanding == null ? Set.of() : understanding.oneWordAnswers();
        }
    }

    /** Stop the playback {@code playId} at once (barge-in or an answering machine); no PlaybackFinished is needed. */
    record StopPlayback(String playId) implements Action {
    }

    /** Hand the call to a person at {@code target} (a dial string or queue). */
    record Transfer(String target) implements Action {
    }

    /** Hang up the call. */
    record Hangup() implements Action {
    }

    /** The call's outcome so far is {@code name} (the last one wins). */
    record SetOutcome(String name) implements Action {
    }

    /** Add these tags to the customer's profile. */
    record AddTags(List<String> tags) implements Action {
        public AddTags {
            tags = List.copyOf(tags);
        }
    }

    /** Remove these tags from the customer's profile. */
    record RemoveTags(List<String> tags) implements Action {
        public RemoveTags {
            tags = List.copyOf(tags);
        }
    }

    /** Set these profile attributes. */
    record SetProfileFields(Map<String, String> fields) implements Action {
        public SetProfileFields {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /**
     * Call the customer again at {@code at} (in the customer's zone).
     *
     * @param requested true when the caller named the time, false when it is the default
     */
    record ScheduleCallback(ZonedDateTime at, boolean requested) implements Action {
        public Instant instant() {
            return at.toInstant();
        }
    }

    /** Never call this customer again (for the whole tenant); do it at once, even if the call drops. */
    record MarkDoNotCall() implements Action {
    }

    /** The dialog is over; no more actions will follow. Always the last action of a call. */
    record EndCall(EndReason reason) implements Action {
    }

    /** Why a dialog ended. */
    enum EndReason {
        /** the script reached a state that hangs up */
        COMPLETED,
        /** handed to a person */
        TRANSFERRED,
        /** ended with a callback scheduled */
        CALLBACK,
        /** the caller asked never to be called again */
        OPTED_OUT,
        /** the caller hung up (or the line dropped) mid-dialog */
        CALLER_HUNG_UP,
        /** an answering machine answered and the campaign hangs up on machines */
        ANSWERING_MACHINE,
        /** a message was left on an answering machine */
        VOICEMAIL_LEFT,
        /** the script went round without ever waiting for the caller */
        SCRIPT_ERROR
    }
}
