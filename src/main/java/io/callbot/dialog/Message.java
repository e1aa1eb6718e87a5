package io.callbot.dialog;

/**
 * Something the robot says: a text template for TTS and/or a recorded prompt. When {@code prompt} is set
 * and the file exists in the campaign's {@code voice.prompts_dir}, it is played; otherwise {@code say} is
 * rendered and synthesized. Immutable.
 *
 * @param say    text template, or null
 * @param prompt recorded WAV file name (relative to {@code voice.prompts_dir}), or null
 */
public record Message(Template say, String prompt) {

    /** Says nothing. */
    public static final Message NONE = new Message(null, null);

    public boolean isEmpty() {
        return say == null && prompt == null;
    }
}
