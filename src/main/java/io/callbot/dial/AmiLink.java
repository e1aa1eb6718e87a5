package io.callbot.dial;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Supervises the one long-lived AMI connection: retries the first login with backoff (Asterisk-Java does not),
 * lets Asterisk-Java reconnect after that, tracks and logs the {@link LinkState} once per change, and hands every
 * event to the events executor at once (never blocking Asterisk-Java's reader thread). The login loop runs on its
 * own thread; state changes are synchronized.
 */
final class AmiLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AmiLink.class);

    private final AmiSettings settings;
    private final ManagerConnection connection;
    private final Executor events;
    private final Consumer<ManagerEvent> onEvent;
    private final Runnable onDown;
    private final Runnable onUp;
    private final List<LinkStateListener> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private LinkState state = LinkState.DISCONNECTED;

    AmiLink(AmiSettings settings, ManagerConnection connection, Executor events, Consumer<ManagerEvent> onEvent,
            Runnable onDown, Runnable onUp) {
        this.settings = settings;
        this.connection = connection;
        this.events = events;
        this.onEvent = onEvent;
        this.onDown = onDown;
        this.onUp = onUp;
        connection.registerUserEventClass(AmdResultEvent.class);
        // replace Asterisk-Java's Hangup classes with ones that keep TechCause (the SIP code)
        connection.registerUserEventClass(SipHangupEvent.class);
        connection.registerUserEventClass(SipHangupRequestEvent.class);
        if (connection instanceof DefaultManagerConnection dmc) {
            // a secret rotated while we were connected must not end supervision: keep retrying after refusals
            dmc.setKeepAliveAfterAuthenticationFailure(true);
        }
        connection.addEventListener(e -> events.execute(() -> route(e)));
    }

    void start() {
        Thread t = new Thread(this::loginLoop, "ami-login");
        t.setDaemon(true);
        t.start();
    }

    synchronized LinkState state() {
        return state;
    }

    void addListener(LinkStateListener l) {
        listeners.add(l);
    }

    private void route(ManagerEvent e) {
        if (e instanceof ConnectEvent) {
            setState(LinkState.CONNECTED, "logged in to " + settings.host() + ":" + settings.port());
            onUp.run();
        } else if (e instanceof DisconnectEvent) {
            setState(LinkState.RECONNECTING, "AMI link lost; Asterisk-Java is reconnecting");
            onDown.run();
        } else {
            onEvent.accept(e);
        }
    }

    /** Retries the first login until it succeeds or the link is closed; later drops are Asterisk-Java's to fix. */
    private void loginLoop() {
        long backoff = settings.loginBackoffMin().toNanos();
        setState(LinkState.CONNECTING, "connecting to " + settings.host() + ":" + settings.port()
                + " as " + settings.username());
        while (closed.getCount() > 0) {
            try {
                connection.login();
                return;
            } catch (AuthenticationFailedException e) {
                setState(LinkState.LOGIN_REFUSED, "AMI login refused for user " + settings.username()
                        + " (" + e.getMessage() + "); retrying");
            } catch (IOException | TimeoutException | IllegalStateException e) {
                setState(LinkState.CONNECTING, "AMI not reachable (" + e.getClass().getSimpleName() + ": "
                        + e.getMessage() + "); retrying");
            }
            LOG.debug("next AMI login attempt in {} ms", TimeUnit.NANOSECONDS.toMillis(backoff));
            if (awaitClosed(backoff)) {
                return;
            }
            backoff = Math.min(backoff * 2, settings.loginBackoffMax().toNanos());
        }
    }

    private boolean awaitClosed(long nanos) {
        try {
            return closed.await(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private void setState(LinkState next, String why) {
        LinkState previous;
        synchronized (this) {
            previous = state;
            if (previous == next) {
                return;
            }
            state = next;
        }
        if (next == LinkState.CONNECTED) {
            LOG.info("AMI link {} -> {}: {}", previous, next, why);
        } else {
            LOG.warn("AMI link {} -> {}: {}", previous, next, why);
        }
        for (LinkStateListener l : listeners) {
            try {
                l.onLinkState(previous, next);
            } catch (RuntimeException ex) {
                LOG.warn("link state listener failed: {}", ex.toString());
            }
        }
    }

    ManagerConnection connection() {
        return connection;
    }

    Duration actionTimeout() {
        return settings.actionTimeout();
    }

    @Override
    public void close() {
        closed.countDown();
        ManagerConnectionState s = connection.getState();
        if (s == ManagerConnectionState.CONNECTED || s == ManagerConnectionState.RECONNECTING) {
            try {
                connection.logoff();
            } catch (RuntimeException e) {
                LOG.debug("AMI logoff: {}", e.toString());
            }
        }
        setState(LinkState.DISCONNECTED, "closed");
    }
}
