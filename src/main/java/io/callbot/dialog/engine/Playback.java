package io.callbot.dialog.engine;

import io.callbot.nlu.Question;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The robot's current prompt: its id, whether it is still playing and whether the caller may interrupt it.
 * Confined to the owning dialog's thread.
 */
final class Playback {

    private String id;
    private boolean playing;
    private boolean interruptible;
    private int count;
    /** The last prompt started (recordings have no words): what the caller answers, read once per prompt. */
    private Question asked = Question.NONE;

    /** Starts a new prompt with a fresh id. */
    Action.Play start(List<Action.Prompt> prompt, boolean mayInterrupt) {
        id = "play-" + (++count);
        playing = true;
        interruptible = mayInterrupt;
        asked = Question.of(prompt.stream().map(Action.Prompt::text).filter(Objects::nonNull)
                .collect(Collectors.joining(" ")), false);
        return new Action.Play(id, prompt, mayInterrupt);
    }

    /** True when {@code playId} is the prompt now playing, which is then over; false for stale ids. */
    boolean finish(String playId) {
        if (!playing || !id.equals(playId)) {
            return false;
        }
        playing = false;
        return true;
    }

    /** Stops the current prompt, if one plays. */
    void stop(List<Action> out) {
        if (playing) {
            out.add(new Action.StopPlayback(id));
            playing = false;
        }
    }

    /** Forgets the current prompt without stopping it (the call is over). */
    void clear() {
        playing = false;
    }

    /** The last prompt as the question the caller answers now. */
    Question question(boolean yesIsSafe) {
        return asked.withYesIsSafe(yesIsSafe);
    }

    boolean playing() {
        return playing;
    }

    boolean interruptible() {
        return interruptible;
    }
}
