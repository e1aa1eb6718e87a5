package io.callbot.dialog.engine;

import io.callbot.nlu.Hypothesis;
import java.util.ArrayList;
import java.util.List;

/**
 * Something that happened on the call, fed to {@link Dialog#on(Event)} by the call layer. Immutable values.
 */
public sealed interface Event {

    /** The customer picked up; the dialog starts (or, after a MACHINE verdict, handles the machine). */
    record CallAnswered() implements Event {
    }

    /** Answering-machine detection's verdict; may come before or shortly after {@link CallAnswered}. */
    record MachineDetected(Verdict verdict) implements Event {
    }

    /** What answering-machine detection concluded (Asterisk's AMDSTATUS). */
    enum Verdict { HUMAN, MACHINE, NOTSURE }

    /**
     * Recognized caller speech. A partial result (still speaking) only interrupts an interruptible prompt;
     * a final one is matched against the expected intents.
     *
     * @param isFinal    true for the recognizer's final result of an utterance
     * @param text       the recognized words
     * @param confidence recognizer confidence in [0, 1]; use 1 when the recognizer gives none
     * @param secondPass what a free-form pass over the same audio heard when the constrained pass was unsure,
     *                   or null; the dialog reads both
     * @param alternatives the free-form pass's next-best readings of the same audio, best first (empty without
     *                   one); the dialog reads them only for opt-out words, which then lead to a confirmation
     */
    record Speech(boolean isFinal, String text, double confidence, String secondPass, List<String> alternatives)
            implements Event {

        public Speech {
            text = text == null ? "" : text;
            alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        }

        public Speech(boolean isFinal, String text, double confidence, String secondPass) {
            this(isFinal, text, confidence, secondPass, List.of());
        }

        /** The turn's readings: the constrained pass, and the free-form pass with its next-best readings when one ran. */
        public List<Hypothesis> hypotheses() {
            List<Hypothesis> all = new ArrayList<>();
            all.add(new Hypothesis(text, confidence, Hypothesis.Source.GRAMMAR));
            if (secondPass != null) {
                all.add(new Hypothesis(secondPass, 1.0, Hypothesis.Source.FREE_FORM));
                alternatives.forEach(a -> all.add(new Hypothesis(a, 0, Hypothesis.Source.ALTERNATIVE)));
            }
            return List.copyOf(all);
        }

        /** A final result of one recognition pass. */
        public static Speech heard(String text, double confidence) {
            return new Speech(true, text, confidence, null);
        }

        /** A final result of a constrained pass and the free-form pass that followed it. */
        public static Speech heard(String text, double confidence, String secondPass) {
            return new Speech(true, text, confidence, secondPass);
        }

        /** A final result of a constrained pass and the free-form pass (with its next-best readings) after it. */
        public static Speech heard(String text, double confidence, String secondPass, List<String> alternatives) {
            return new Speech(true, text, confidence, secondPass, alternatives);
        }

        /** A partial result. */
        public static Speech partial(String text) {
            return new Speech(false, text, 0, null);
        }
    }

    /** A key pressed: one of {@code 0-9 * # A-D}. */
    record Dtmf(String digit) implements Event {
        public Dtmf {
            if (digit == null || !digit.matches("[0-9*#A-D]")) {
                throw new IllegalArgumentException("DTMF digit must be one of 0-9 * # A-D, was " + digit);
            }
        }
    }

    /** The playback {@code playId} (from {@link Action.Play}) played to its end. Stale ids are ignored. */
    record PlaybackFinished(String playId) implements Event {
    }

    /** The caller said nothing for the {@link Action.Listen#noInputTimeout()} after the robot stopped speaking. */
    record NoInputTimeout() implements Event {
    }

    /** Voice activity detected while the robot speaks, before any words are recognized. */
    record BargeIn() implements Event {
    }

    /** The caller hung up (or the media connection was lost). */
    record Hangup() implements Event {
    }

    /** An answering machine's beep: its greeting is over and it records. */
    record Beep() implements Event {
    }
}
