package io.callbot.dialog.engine;

import io.callbot.dialog.DialogSpec;
import io.callbot.dialog.GlobalIntent;
import io.callbot.dialog.Intent;
import io.callbot.dialog.StateSpec;
import io.callbot.nlu.Question;
import io.callbot.nlu.Role;
import java.util.List;
import java.util.Optional;

/**
 * "Do you want us to stop calling you?", asked when opt-out words were heard only in part: what the caller may answer
 * and what an answer decides. Yes (or more opt-out words) opts out, no resumes the state (with what else the first
 * answer said clearly, else its question); anything else
 * asks again, and when it stays unclear the caller is opted out: calling someone who asked not to be called is the
 * worse mistake. Confined to the owning dialog's thread.
 */
final class OptOutConfirmation {
    /** Unclear answers before the robot takes it as a yes. */
    private static final int TRIES = 2;
    private static final Intent YES = new Intent("yes", List.of(), List.of("1"), "yes");
    private static final Intent NO = new Intent("no", List.of(), List.of("2"), "no");

    /** What an answer decides. */
    enum Verdict { OPT_OUT, RESUME, ASK_AGAIN }

    /** The answer that made the robot ask, and the question it answered. */
    record FirstAnswer(Event.Speech speech, Question question) {
    }

    private boolean asking;
    private int unclearAnswers;
    private FirstAnswer firstAnswer;

    boolean asking() {
        return asking;
    }

    /** Starts asking about {@code speech}, the caller's answer to {@code question}. */
    void begin(Event.Speech speech, Question question) {
        asking = true;
        unclearAnswers = 0;
        firstAnswer = new FirstAnswer(speech, question);
    }

    /** The answer that made the robot ask (for what else it said when the caller does not want to opt out). */
    Optional<FirstAnswer> firstAnswer() {
        return Optional.ofNullable(firstAnswer);
    }

    /** Stops asking without an answer (the call entered another state). */
    void cancel() {
        asking = false;
    }

    /** What the caller can say while asked: yes, no, or the state's opt-out intent. */
    List<Intent> candidates(Intent optOut) {
        return List.of(YES, NO, optOut);
    }

    /**
     * The caller's answer.
     *
     * @param intent  the intent it matched among {@link #candidates}, if any
     * @param partial opt-out words were heard in part again
     */
    Verdict answer(Optional<Intent> intent, boolean partial) {
        Role role = intent.map(Intent::role).orElse(null);
        if (role == Role.AFFIRM || role == Role.OPT_OUT || partial) {
            asking = false;
            return Verdict.OPT_OUT;
        }
        if (intent.isPresent() && intent.get() == NO) {
            asking = false;
            return Verdict.RESUME;
        }
        return unclear();
    }

    /** No answer, or one that says neither yes nor no: ask again, or opt out when it stays unclear. */
    Verdict unclear() {
        if (++unclearAnswers >= TRIES) {
            asking = false;
            return Verdict.OPT_OUT;
        }
        return Verdict.ASK_AGAIN;
    }

    /** "Do you want us to stop calling you?": the campaign's wording, or the server's. */
    static List<Action.Prompt> question(DialogSpec spec, DialogSettings settings, TemplateRenderer renderer) {
        return spec.confirmOptOut().isEmpty()
                ? List.of(new Action.Prompt(settings.confirmOptOut(), null)) : renderer.prompts(spec.confirmOptOut());
    }

    /** The active opt-out global intent of {@code state}, if the state listens for one. */
    static Optional<GlobalIntent> optOutIntent(DialogSpec spec, StateSpec state) {
        if (state == null) {
            return Optional.empty();
        }
        return ListenPlanner.activeGlobals(spec, state).stream().filter(g -> g.intent().role() == Role.OPT_OUT)
                .findFirst();
    }
}
