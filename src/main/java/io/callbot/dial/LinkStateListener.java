package io.callbot.dial;

/** Told of each link state change; called on a dialer thread, must return quickly. */
@FunctionalInterface
public interface LinkStateListener {
    void onLinkState(LinkState previous, LinkState current);
}
