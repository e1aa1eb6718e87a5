package io.callbot.dialog.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Drives a {@link Dialog} from a compact script of caller-side steps, remembering the current playback id
 * so that "done" finishes the latest prompt. Steps: {@code answer}, {@code machine}, {@code human},
 * {@code beep}, {@code done} (the latest playback finished), {@code silence} (no-input timeout),
 * {@code barge}, {@code hangup}, {@code say:words}, {@code low:words} (confidence 0.2), {@code partial:words},
 * {@code two:grammar pass~free-form pass[~next-best reading...]} (a turn decoded twice), {@code key:D}.
 */
final class CallScript {

    private final Dialog dialog;
    private final List<Action> all = new ArrayList<>();
    private String lastPlay;

    CallScript(Dialog dialog) {
        this.dialog = dialog;
    }

    /** Runs the steps separated by {@code " / "}; returns every action, in order. */
    List<Action> run(String steps) {
        for (String step : steps.split(" / ")) {
            step(step.trim());
        }
        return all;
    }

    /** Runs one step and returns its actions. */
    List<Action> step(String step) {
        String arg = step.contains(":") ? step.substring(step.indexOf(':') + 1) : "";
        Event event = switch (step.contains(":") ? step.substring(0, step.indexOf(':')) : step) {
            case "answer" -> new Event.CallAnswered();
            case "machine" -> new Event.MachineDetected(Event.Verdict.MACHINE);
            case "human" -> new Event.MachineDetected(Event.Verdict.HUMAN);
            case "beep" -> new Event.Beep();
            case "done" -> new Event.PlaybackFinished(lastPlay);
            case "silence" -> new Event.NoInputTimeout();
            case "barge" -> new Event.BargeIn();
            case "hangup" -> new Event.Hangup();
            case "say" -> Event.Speech.heard(arg, 0.9);
            case "low" -> Event.Speech.heard(arg, 0.2);
            case "partial" -> Event.Speech.partial(arg);
            case "two" -> {
                List<String> readings = List.of(arg.split("~"));
                yield Event.Speech.heard(readings.get(0), 0.6, readings.get(1), readings.subList(2, readings.size()));
            }
            case "key" -> new Event.Dtmf(arg);
            default -> throw new IllegalArgumentException("unknown step " + step);
        };
        List<Action> actions = dialog.on(event);
        for (Action a : actions) {
            if (a instanceof Action.Play p) {
                lastPlay = p.playId();
            }
        }
        all.addAll(actions);
        return actions;
    }

    List<Action> actions() {
        return all;
    }

    <T extends Action> List<T> of(Class<T> type) {
        return all.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
