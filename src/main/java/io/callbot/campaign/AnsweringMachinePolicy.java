package io.callbot.campaign;

/** What to do when answering-machine detection says MACHINE; YAML: {@code hang_up | leave_message | treat_as_human}. Immutable. */
public enum AnsweringMachinePolicy {
    /** hang up at once; the attempt's result is VOICEMAIL (retried per {@code retry.voicemail}) */
    HANG_UP,
    /** play the dialog's {@code voicemail} message, then hang up */
    LEAVE_MESSAGE,
    /** run the dialog as for a person */
    TREAT_AS_HUMAN;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
