package io.callbot.dialog.engine;

import io.callbot.dialog.ActionSpec;
import java.util.List;

/**
 * Runs a terminal state's action (hang up, transfer, hang up for a callback) once its message is spoken,
 * giving the call a default outcome when the script set none. Stateless and thread-safe.
 */
final class TerminalActions {

    private TerminalActions() {
    }

    /** Adds the action's call-control actions to {@code out} and returns why the call ends. */
    static Action.EndReason perform(ActionSpec action, CallLog log, DialogSettings.OutcomeNames names,
            List<Action> out) {
        ActionSpec.Kind kind = action == null ? ActionSpec.Kind.HANGUP : action.kind();
        return switch (kind) {
            case HANGUP -> {
                out.add(new Action.Hangup());
                yield Action.EndReason.COMPLETED;
            }
            case TRANSFER -> {
                log.outcomeIfNone(names.transferred(), out);
                out.add(new Action.Transfer(action.transferTo()));
                yield Action.EndReason.TRANSFERRED;
            }
            case CALLBACK -> {
                log.outcomeIfNone(names.callback(), out);
                out.add(new Action.Hangup());
                yield Action.EndReason.CALLBACK;
            }
        };
    }
}
