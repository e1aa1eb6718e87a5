package io.callbot.dialog.engine;

import io.callbot.nlu.IntentLibrary;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a campaign's dialogs behave beyond the script itself. Defaults in {@link #defaults()}; change one
 * setting with the {@code with...} methods. Immutable; safe to share between threads.
 *
 * @param machinePolicy         what to do on an answering machine
 * @param minConfidence         recognizer confidence below which the robot says it did not catch that
 * @param library               the intent library of the campaign's language: how callers' words are read
 * @param noInputTimeout        silence counted as no input when the script gives no timeout
 * @param greetingSilence       silence after a machine's greeting taken as its end when no beep is heard
 * @param notCaught             what the robot says before repeating a question it heard with low confidence
 * @param confirmOptOut         what the robot asks when it heard opt-out words only in part (the campaign's
 *                              {@code dialog.confirm_opt_out} replaces it)
 * @param callbackEarliest      earliest local time of day a callback is scheduled at
 * @param callbackLatest        latest local time of day a callback is scheduled at
 * @param outcomes              profile effects per outcome name (the campaign's {@code outcomes})
 * @param names                 names of the outcomes the engine sets itself
 * @param freeForm              ask the recognizer for free-form transcription instead of grammars
 */
public record DialogSettings(
        MachinePolicy machinePolicy,
        double minConfidence,
        IntentLibrary library,
        Duration noInputTimeout,
        Duration greetingSilence,
        String notCaught,
        String confirmOptOut,
        LocalTime callbackEarliest,
        LocalTime callbackLatest,
        Map<String, OutcomeEffect> outcomes,
        OutcomeNames names,
        boolean freeForm) {

    public DialogSettings {
        outcomes = outcomes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        if (!callbackEarliest.isBefore(callbackLatest)) {
            throw new IllegalArgumentException("callbackEarliest must be before callbackLatest, was "
                    + callbackEarliest + " / " + callbackLatest);
        }
    }

    /**
     * Names of the outcomes the engine sets when the script sets none.
     *
     * @param machine      an answering machine was hung up on
     * @param voicemail    a message was left on an answering machine
     * @param optOut       the caller opted out through the global intent
     * @param hungUpPrefix prefix of the outcome of a call cut off mid-dialog, followed by the state name
     * @param completed    the script ended without setting an outcome
     * @param transferred  the call was transferred without the script setting an outcome
     * @param callback     a callback was scheduled without the script setting an outcome
     */
    public record OutcomeNames(String machine, String voicemail, String optOut, String hungUpPrefix,
            String completed, String transferred, String callback) {

        public static final OutcomeNames DEFAULT = new OutcomeNames("answering_machine", "voicemail_left",
                "do_not_call", "hung_up_in_", "completed", "transferred", "callback");
    }

    /** Asked when opt-out words were heard only in part ("remove [unk]"), instead of asking the question again. */
    public static final String DEFAULT_CONFIRM_OPT_OUT = "Just to be sure: do you want us to stop calling you?"
            + " Please say yes or no.";

    /**
     * Asked when a yes was heard only in part ("yeah [unclear words]"), instead of asking the question again; the
     * campaign's {@code dialog.confirm_yes} replaces it.
     */
    public static final String DEFAULT_CONFIRM_YES = "Sorry, I want to be sure I heard you right: was that a yes?";

    /** Added to {@link #DEFAULT_CONFIRM_YES} when it is asked a second time and the state takes a key for a yes. */
    public static final String DEFAULT_CONFIRM_YES_KEY = "If it was, you can also press %s.";

    public static DialogSettings defaults() {
        return new DialogSettings(MachinePolicy.HANG_UP, 0.5, IntentLibrary.english(), Duration.ofSeconds(5),
                Duration.ofSeconds(3), "Sorry, I didn't catch that.", DEFAULT_CONFIRM_OPT_OUT, LocalTime.of(9, 0),
                LocalTime.of(20, 0), Map.of(), OutcomeNames.DEFAULT, false);
    }

    public DialogSettings withMachinePolicy(MachinePolicy policy) {
        return new DialogSettings(policy, minConfidence, library, noInputTimeout, greetingSilence,
                notCaught, confirmOptOut, callbackEarliest, callbackLatest, outcomes, names, freeForm);
    }

    public DialogSettings withOutcomes(Map<String, OutcomeEffect> effects) {
        return new DialogSettings(machinePolicy, minConfidence, library, noInputTimeout,
                greetingSilence, notCaught, confirmOptOut, callbackEarliest, callbackLatest, effects, names, freeForm);
    }

    public DialogSettings withMinConfidence(double min) {
        return new DialogSettings(machinePolicy, min, library, noInputTimeout, greetingSilence,
                notCaught, confirmOptOut, callbackEarliest, callbackLatest, outcomes, names, freeForm);
    }

    public DialogSettings withCallbackHours(LocalTime earliest, LocalTime latest) {
        return new DialogSettings(machinePolicy, minConfidence, library, noInputTimeout,
                greetingSilence, notCaught, confirmOptOut, earliest, latest, outcomes, names, freeForm);
    }

    public DialogSettings withLibrary(IntentLibrary lib) {
        return new DialogSettings(machinePolicy, minConfidence, lib, noInputTimeout, greetingSilence, notCaught,
                confirmOptOut, callbackEarliest, callbackLatest, outcomes, names, freeForm);
    }

    public DialogSettings withFreeForm(boolean free) {
        return new DialogSettings(machinePolicy, minConfidence, library, noInputTimeout,
                greetingSilence, notCaught, confirmOptOut, callbackEarliest, callbackLatest, outcomes, names, free);
    }

    /** The effect of outcome {@code name}; {@link OutcomeEffect#NONE} when the campaign defines none. */
    public OutcomeEffect effectOf(String name) {
        return name == null ? OutcomeEffect.NONE : outcomes.getOrDefault(name, OutcomeEffect.NONE);
    }
}
