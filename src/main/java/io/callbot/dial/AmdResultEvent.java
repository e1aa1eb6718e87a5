package io.callbot.dial;

import org.asteriskjava.manager.event.UserEvent;

/**
 * The dialplan's {@code UserEvent(AMDResult,Status: ${AMDSTATUS},Cause: ${AMDCAUSE})}; registered with
 * Asterisk-Java so it is not dropped. Built by Asterisk-Java's reader through its public setters.
 */
public class AmdResultEvent extends UserEvent {

    private static final long serialVersionUID = 1L;
    private String status;
    private String cause;

    public AmdResultEvent(Object source) {
        super(source);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getCause() {
        return cause;
    }

    public void setCause(String cause) {
        this.cause = cause;
    }
}
