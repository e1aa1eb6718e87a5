package io.callbot.call;

/**
 * How a call's transfer to a person ended, as the PBX reported it. Immutable.
 *
 * @param target  the campaign's {@code transfer_to}
 * @param reached true when the caller reached someone (the transfer's Dial or Queue answered)
 * @param cause   why not, in words; null when reached
 */
public record TransferOutcome(String target, boolean reached, String cause) {
}
