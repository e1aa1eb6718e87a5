package io.callbot.dial;

import org.asteriskjava.manager.AsteriskMapping;
import org.asteriskjava.manager.event.HangupEvent;

/**
 * Asterisk's {@code Hangup} event with the {@code TechCause} field (the SIP response code, e.g. 486) that
 * Asterisk-Java 3.41.0's own class drops with a warning on every call. Registered in its place; built by
 * Asterisk-Java's reader thread, then read on the events thread.
 */
@AsteriskMapping("Hangup")
public class SipHangupEvent extends HangupEvent {

    private static final long serialVersionUID = 1L;
    private Integer techCause;

    public SipHangupEvent(Object source) {
        super(source);
    }

    /** The SIP final response code behind the cause (486, 603, 408 ...), null when Asterisk sent none. */
    public Integer getTechCause() {
        return techCause;
    }

    public void setTechCause(Integer techCause) {
        this.techCause = techCause;
    }
}
