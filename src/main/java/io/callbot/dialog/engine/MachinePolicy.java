package io.callbot.dialog.engine;

/**
 * What the dialog does when an answering machine answers; mirrors the campaign's
 * {@code dial.answering_machine} (the dialog package may not import the campaign package).
 */
public enum MachinePolicy {
    /** hang up at once */
    HANG_UP,
    /** wait for the beep (or the end of the greeting), leave the dialog's voicemail message, hang up */
    LEAVE_MESSAGE,
    /** run the dialog as for a person */
    TREAT_AS_HUMAN
}
