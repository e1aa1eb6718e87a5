package io.callbot.call;

import io.callbot.asr.Expectation;
import io.callbot.dialog.engine.Action;

/**
 * What the recognizer is asked to expect when the dialog listens: its grammar, with a free-form second pass on the
 * turns the dialog's understanding finds unsure, or free-form speech when the dialog asks for it or has no phrases;
 * a turn does not end early on a short yes or a question to the robot, which callers often go on after ("yes? who's
 * calling?", "who is this? ... stop calling").
 * One place, so the intent evaluation listens exactly as a call does. Stateless.
 */
public final class ListenExpectation {

    private ListenExpectation() {
    }

    public static Expectation of(Action.Listen listen) {
        Expectation expectation = listen.freeForm() || listen.grammar().isEmpty()
                ? Expectation.freeFormSpeech(listen.grammar())
                : Expectation.phrases(listen.grammar()).withSecondPass(listen::needsSecondPass);
        return expectation.withMayGoOn(listen.mayGoOn()).withOneWordAnswers(listen.oneWordAnswers());
    }
}
