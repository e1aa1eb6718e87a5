package io.callbot.dial;

import org.asteriskjava.manager.AsteriskMapping;
import org.asteriskjava.manager.event.HangupRequestEvent;

/**
 * Asterisk's {@code HangupRequest} with its {@code TechCause} kept, registered so Asterisk-Java does not warn on
 * every failed call. Not used for classification (the {@code Hangup} event decides); built on the reader thread.
 */
@AsteriskMapping("HangupRequest")
public class SipHangupRequestEvent extends HangupRequestEvent {

    private static final long serialVersionUID = 1L;
    private Integer techCause;

    public SipHangupRequestEvent(Object source) {
        super(source);
    }

    public Integer getTechCause() {
        return techCause;
    }

    public void setTechCause(Integer techCause) {
        this.techCause = techCause;
    }
}
