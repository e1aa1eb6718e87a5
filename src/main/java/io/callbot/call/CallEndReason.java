package io.callbot.call;

import io.callbot.dialog.engine.Action;
import io.callbot.media.MediaEndReason;

/**
 * Why an answered call ended: the dialog's end, a transfer the PBX did not complete, or the audio connection's end
 * when the dialog never ended. {@link #code()} is the text the spill file and the logs carry ({@code COMPLETED},
 * {@code TRANSFER_FAILED}, {@code MEDIA_PEER_CLOSED}, ...). Immutable.
 */
public sealed interface CallEndReason {

    /** The dialog ended the call. */
    record Dialog(Action.EndReason reason) implements CallEndReason {
        @Override
        public String code() {
            return reason.name();
        }
    }

    /** The dialog transferred the caller and the PBX reported that nobody was reached. */
    record TransferFailed() implements CallEndReason {
        @Override
        public String code() {
            return "TRANSFER_FAILED";
        }
    }

    /** The audio connection ended before the dialog did. */
    record Media(MediaEndReason reason) implements CallEndReason {
        @Override
        public String code() {
            return "MEDIA_" + reason.name();
        }
    }

    String code();

    /** An answering machine took the call (the dialog hung up on it, or left a message). */
    default boolean voicemail() {
        return this instanceof Dialog d && (d.reason() == Action.EndReason.ANSWERING_MACHINE
                || d.reason() == Action.EndReason.VOICEMAIL_LEFT);
    }

    /** The dialog's end reason. */
    static CallEndReason of(Action.EndReason reason) {
        return new Dialog(reason);
    }

    /** The reason a {@link #code()} names. */
    static CallEndReason parse(String code) {
        if ("TRANSFER_FAILED".equals(code)) {
            return new TransferFailed();
        }
        if (code.startsWith("MEDIA_")) {
            return new Media(MediaEndReason.valueOf(code.substring("MEDIA_".length())));
        }
        return new Dialog(Action.EndReason.valueOf(code));
    }
}
