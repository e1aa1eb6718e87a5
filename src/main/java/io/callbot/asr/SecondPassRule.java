package io.callbot.asr;

/**
 * Decides, when a constrained (grammar) turn ends, whether its audio is decoded again free-form: the grammar pass
 * costs a tenth of a free-form one, so it runs on every turn and the free-form pass only on the turns it leaves
 * unsure. Called on a recognition thread: implementations must be thread-safe, quick, and not throw.
 */
@FunctionalInterface
public interface SecondPassRule {

    /** Never a second pass. */
    SecondPassRule NEVER = (text, confidence) -> false;

    /**
     * @param text       what the grammar pass heard (may hold {@code [unk]})
     * @param confidence its mean word confidence
     */
    boolean needed(String text, double confidence);
}
