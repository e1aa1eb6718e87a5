package io.callbot.call;

import io.callbot.dialog.engine.Dialog;
import io.callbot.dialog.engine.Event;
import io.callbot.media.MediaCallHandler;
import io.callbot.media.MediaCallRegistry;
import io.callbot.media.MediaListener;
import io.callbot.media.MediaSession;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls the robot placed and is waiting to hear from: the media server asks it whether an AudioSocket
 * UUID belongs to a call it dialed, and it starts that call's {@link CallSession}. Thread-safe; lookups are map
 * reads, safe on a Netty event loop.
 */
public final class ActiveCalls implements MediaCallRegistry {
    private static final Logger log = LoggerFactory.getLogger(ActiveCalls.class);

    private final ConcurrentMap<UUID, Expected> calls = new ConcurrentHashMap<>();
    private final CallServices services;
    private final CallFinisher finisher;
    private volatile Runnable liveChanged = () -> { };

    public ActiveCalls(CallServices services, CallFinisher finisher) {
        this.services = services;
        this.finisher = finisher;
    }

    private static final class Expected {
        final CallPlan plan;
        volatile boolean machine;
        volatile CallSession session;

        Expected(CallPlan plan) {
            this.plan = plan;
        }
    }

    /** Registers a call before it is dialed, so its audio is accepted whenever it arrives. */
    public void expect(CallPlan plan) {
        calls.put(plan.attemptId(), new Expected(plan));
        renderGreetingAhead(plan);
    }

    /**
     * Synthesizes what the robot says first (the personalized greeting) in the background while the phone still
     * rings, so the caller who answers hears it at once instead of waiting for MaryTTS.
     */
    private void renderGreetingAhead(CallPlan plan) {
        if (services.prompts() == null) {
            return;
        }
        try {
            Dialog dialog = new Dialog(plan.campaign().dialog(), plan.context(), plan.settings(), services.clock());
            PromptSource.of(plan, services).prefetch(dialog.possibleNextPrompts());
        } catch (RuntimeException e) {
            log.warn("call {}: could not render the greeting ahead: {}", plan.attemptId(), e.toString());
        }
    }

    /** The PBX said a machine answered: tell the live session, or remember it for when the audio connects. */
    public void machineDetected(UUID attemptId) {
        Expected e = calls.get(attemptId);
        if (e != null) {
            e.machine = true;
            CallSession s = e.session;
            if (s != null) {
                s.machineVerdict(Event.Verdict.MACHINE);
            }
        }
    }

    /** Whether the call's audio ever connected (false for calls never answered or whose media never came). */
    public boolean connected(UUID attemptId) {
        Expected e = calls.get(attemptId);
        return e != null && e.session != null;
    }

    /** Stops waiting for a call that ended without audio. Returns true when it had not connected. */
    public boolean forgetUnconnected(UUID attemptId) {
        Expected e = calls.get(attemptId);
        return e != null && e.session == null && calls.remove(attemptId, e);
    }

    /** Live sessions (audio connected, not yet ended). */
    public int live() {
        return (int) calls.values().stream().filter(e -> e.session != null).count();
    }

    /** The answered calls of this node, by attempt id: dialog state and what was said last. */
    public java.util.Map<UUID, LiveCallState> liveStates() {
        java.util.Map<UUID, LiveCallState> out = new java.util.HashMap<>();
        calls.forEach((id, e) -> {
            CallSession s = e.session;
            if (s != null) {
                out.put(id, s.live());
            }
        });
        return out;
    }

    /**
     * Tells {@code listener} when a live call changes (answered, a new dialog state, something said, ended). It
     * runs on call threads and must return at once. One listener; a later call replaces it.
     */
    public void onLiveChange(Runnable listener) {
        this.liveChanged = listener;
    }

    /** Calls registered and not yet finished. */
    public int size() {
        return calls.size();
    }

    @Override
    public Optional<MediaCallHandler> accept(UUID callId) {
        Expected e = calls.get(callId);
        if (e == null || e.session != null) {
            log.warn("refusing AudioSocket connection for {}: {}", callId, e == null ? "no such call" : "already connected");
            return Optional.empty();
        }
        return Optional.of(new MediaCallHandler() {
            @Override
            public MediaListener start(MediaSession media) {
                CallSession session = new CallSession(e.plan, media, services, new Forgetting(callId), e.machine,
                        () -> liveChanged.run());
                e.session = session;
                return session;
            }

            @Override
            public boolean recordAudio() {
                return e.plan.campaign().voice().recordCalls();
            }
        });
    }

    /** Removes the call from the registry once its record is handed over. */
    private final class Forgetting implements CallFinisher {
        private final UUID id;

        Forgetting(UUID id) {
            this.id = id;
        }

        @Override
        public void finished(CallRecord record) {
            calls.remove(id);
            liveChanged.run();
            finisher.finished(record);
        }

        @Override
        public void doNotCallNow(CallPlan plan) {
            finisher.doNotCallNow(plan);
        }
    }
}
