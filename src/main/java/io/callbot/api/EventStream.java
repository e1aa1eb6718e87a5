package io.callbot.api;

/** A response that stays open and sends server-sent events: the server calls {@link #open} once headers are out. */
@FunctionalInterface
public interface EventStream {
    void open(EventSink sink);
}
