package io.callbot.sim;

import io.callbot.pbx.AsteriskQueue;
import io.callbot.pbx.DialplanExtension;
import io.callbot.pbx.DialplanStep;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A redirected caller's way through the dialplan, as Asterisk 22 runs it: to a missing extension the channel hangs up
 * (its hangup handler first, then {@code Hangup} cause 0 in the target context); otherwise each step is reported with
 * {@code Newexten}, {@code Queue()} and {@code Dial()} ring the configured agents and bridge the caller when one
 * answers ({@code DialEnd ANSWER}), or set {@code QUEUESTATUS} / {@code DIALSTATUS} and go on, and {@code Hangup()}
 * or the end of the extension ends the call. Every method runs under the owning {@link SimCall}'s lock.
 */
final class SimTransfer {

    private static final Duration STEP = Duration.ofMillis(20);
    private static final Duration PLAYBACK = Duration.ofSeconds(1);
    private static final Duration NO_TIMEOUT = Duration.ofHours(1);
    private static final AtomicInteger CHANNELS = new AtomicInteger(0x1000);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?::(-?\\d+)(?::(\\d+))?)?}");

    private final SimCall call;
    private final SimChannel ch;
    private final SimPbxConfig config;
    private final Agents agents;
    private final SimTimer timer;
    private DialplanExtension extension;
    private String application = "AppDial2";
    private SimChannel peer;
    private long waitStartNanos;

    SimTransfer(SimCall call, SimChannel ch, SimPbxConfig config, Agents agents, SimTimer timer) {
        this.call = call;
        this.ch = ch;
        this.config = config;
        this.agents = agents;
        this.timer = timer;
    }

    /** The application the channel runs now (for channel lists). */
    String application() {
        return application;
    }

    /** The channel left AudioSocket() for (context, exten, priority): Asterisk looks the target up and runs it. */
    void start(String context, String exten, int priority) {
        var target = config.dialplan().find(context, exten, priority);
        if (target.isEmpty()) {
            invalidExtension(context, exten, priority);
            return;
        }
        extension = target.get().extension();
        ch.context = context;
        ch.exten = exten;
        ch.priority = priority;
        run();
    }

    /** As ami_redirect_invalid_exten.txt: the hangup handler runs, then the channel hangs up with cause 0. */
    private void invalidExtension(String context, String exten, int priority) {
        call.emitEvent(ChannelEvents.softHangupRequest(ch, 16));
        var handler = config.dialplan().find("callbot-hangup", "s", 1);
        if (handler.isPresent()) {
            call.emitEvent(TransferEvents.hangupHandlerRun(ch, "callbot-hangup,s,1"));
            ch.context = "callbot-hangup";
            ch.exten = "s";
            for (DialplanStep step : handler.get().extension().priorities().values()) {
                ch.priority = step.priority();
                call.emitEvent(TransferEvents.newExten(ch, step.application(), substitute(step.data())));
            }
        }
        ch.context = context;
        ch.exten = exten;
        ch.priority = priority;
        call.emitEvent(TransferEvents.newExten(ch, "AppDial2", "(Outgoing Line)"));
        call.hangUpInDialplan(0);
    }

    /** Runs the step at the channel's priority; past the last one Asterisk's autofallthrough hangs up. */
    private void run() {
        Optional<DialplanStep> step = extension.step(ch.priority);
        if (step.isEmpty()) {
            call.hangUpInDialplan(16);
            return;
        }
        application = step.get().application();
        String data = substitute(step.get().data());
        call.emitEvent(TransferEvents.newExten(ch, application, data));
        String[] args = data.split(",", -1);
        switch (application.toLowerCase(Locale.ROOT)) {
            case "queue" -> queue(args);
            case "dial" -> dial(args);
            case "playback" -> next(PLAYBACK);
            case "hangup" -> call.hangUpInDialplan(args[0].isBlank() ? 16 : Integer.parseInt(args[0].strip()));
            default -> next(STEP);
        }
    }

    private void next(Duration after) {
        ch.priority++;
        later(after, this::run);
    }

    private void later(Duration after, Runnable step) {
        call.pending(timer.after(after, () -> {
            synchronized (call) {
                if (!call.ended()) {
                    step.run();
                }
            }
        }));
    }

    /** {@code Queue(name,options,URL,announce,timeout)}: the first member the agents can be reached at is rung. */
    private void queue(String[] args) {
        String name = args[0].strip();
        Duration timeout = seconds(args, 4);
        setVar("QUEUEWAIT", "");
        setVar("QUEUEWAIT_MS", "");
        Optional<AsteriskQueue> queue = config.queue(name);
        if (queue.isEmpty()) {
            setVar("QUEUESTATUS", "UNKNOWN");
            next(STEP);
            return;
        }
        Optional<String> member = queue.get().members().stream().filter(this::reachable).findFirst();
        if (member.isEmpty() && queue.get().joinEmpty().contains("unavailable")) {
            setVar("QUEUESTATUS", "JOINEMPTY");
            next(STEP);
            return;
        }
        waitStartNanos = System.nanoTime();
        call.emitEvent(TransferEvents.deviceState("Queue:" + name, "RINGING"));
        call.emitEvent(TransferEvents.queueCaller("QueueCallerJoin", ch, name, 1));
        if (member.isPresent()) {
            ring(member.get(), "AppQueue");
            call.emitEvent(TransferEvents.agentCalled(ch, peer, name, member.get()));
            call.emitEvent(TransferEvents.dialBegin(ch, peer, member.get()));
            call.emitEvent(TransferEvents.dialStatus("DialState", ch, peer, "RINGING"));
            call.emitEvent(TransferEvents.deviceState(member.get(), "RINGING"));
        }
        if (member.isPresent() && answers(timeout)) {
            later(agents.delay(), () -> agentAnswered(name, member.get()));
        } else {
            later(timeout, () -> queueTimedOut(name));
        }
    }

    private void agentAnswered(String queue, String member) {
        peerAnswered();
        call.emitEvent(TransferEvents.deviceState(member, "INUSE"));
        call.emitEvent(TransferEvents.deviceState("Queue:" + queue, "NOT_INUSE"));
        call.emitEvent(TransferEvents.queueCaller("QueueCallerLeave", ch, queue, 0));
        long held = Duration.ofNanos(System.nanoTime() - waitStartNanos).toSeconds();
        setVar("QUEUEPOSITION", "1");
        setVar("QUEUEWAIT", Long.toString(held));
        call.emitEvent(TransferEvents.agentConnect(ch, peer, queue, member, held, held));
        bridge();
    }

    private void queueTimedOut(String queue) {
        cancelPeer();
        call.emitEvent(TransferEvents.deviceState("Queue:" + queue, "NOT_INUSE"));
        call.emitEvent(TransferEvents.queueCaller("QueueCallerLeave", ch, queue, 0));
        setVar("QUEUESTATUS", "TIMEOUT");
        next(STEP);
    }

    /** {@code Dial(PJSIP/endpoint,timeout)}: an endpoint not configured or not reachable is CHANUNAVAIL. */
    private void dial(String[] args) {
        String target = args[0].strip();
        Duration timeout = seconds(args, 1);
        if (!reachable(target)) {
            setVar("DIALSTATUS", "CHANUNAVAIL");
            next(STEP);
            return;
        }
        waitStartNanos = System.nanoTime();
        ring(target, "AppDial");
        call.emitEvent(TransferEvents.dialBegin(ch, peer, target.substring(target.indexOf('/') + 1)));
        call.emitEvent(TransferEvents.dialStatus("DialState", ch, peer, "RINGING"));
        call.emitEvent(TransferEvents.deviceState(peer.device, "RINGING"));
        if (answers(timeout)) {
            later(agents.delay(), () -> {
                peerAnswered();
                setVar("DIALSTATUS", "ANSWER");
                bridge();
            });
        } else {
            later(timeout, () -> {
                cancelPeer();
                setVar("DIALSTATUS", "NOANSWER");
                next(STEP);
            });
        }
    }

    private boolean answers(Duration timeout) {
        return agents.mode() == Agents.Mode.ANSWER && agents.delay().compareTo(timeout) < 0;
    }

    /** Whether {@code PJSIP/endpoint} is configured and its phone can be reached. */
    private boolean reachable(String iface) {
        if (agents.mode() == Agents.Mode.UNAVAILABLE || !iface.regionMatches(true, 0, "PJSIP/", 0, 6)) {
            return false;
        }
        String endpoint = iface.substring(6).split("@", 2)[0];
        return config.endpoints().containsKey(endpoint);
    }

    /** Creates the rung person's channel, linked to the caller's. */
    private void ring(String iface, String app) {
        String endpoint = iface.substring(iface.indexOf('/') + 1).split("@", 2)[0];
        int n = CHANNELS.incrementAndGet();
        peer = new SimChannel(System.currentTimeMillis() / 1000 + "." + n, String.format("PJSIP/%s-%08x", endpoint, n),
                "PJSIP/" + endpoint, iface, endpoint, null, null, null, ch.callerIdNum, ch.callerIdName, Map.of());
        peer.linkedId = ch.uniqueId;
        peer.context = config.endpoints().getOrDefault(endpoint, "default");
        call.emitEvent(ChannelEvents.newChannel(peer));
        peer.callerIdKnown = true;
        call.emitEvent(TransferEvents.newExten(peer, app, "(Outgoing Line)"));
        peer.exten = ch.exten;
        peer.state = 5;
    }

    private void peerAnswered() {
        peer.state = 6;
        call.emitEvent(ChannelEvents.newState(peer));
        call.emitEvent(TransferEvents.dialStatus("DialEnd", ch, peer, "ANSWER"));
    }

    /** Caller and person in one bridge until the conversation ends; then both hang up (the caller with cause 16). */
    private void bridge() {
        String bridgeId = UUID.randomUUID().toString();
        call.emitEvent(TransferEvents.bridgeCreate(bridgeId));
        call.emitEvent(TransferEvents.bridgeEnter(bridgeId, 1, peer));
        call.emitEvent(TransferEvents.bridgeEnter(bridgeId, 2, ch));
        later(agents.talk(), () -> {
            hangUpPeer(16);
            call.hangUpInDialplan(16);
        });
    }

    private void cancelPeer() {
        if (peer != null) {
            call.emitEvent(TransferEvents.dialStatus("DialEnd", ch, peer, "CANCEL"));
            hangUpPeer(16);
        }
    }

    /** The caller's call ends while a person's channel is still up (an AMI Hangup): that channel goes too. */
    void stop() {
        if (peer != null) {
            hangUpPeer(16);
        }
    }

    private void hangUpPeer(int cause) {
        call.emitEvent(ChannelEvents.hangup(peer, cause, null));
        call.emitEvent(TransferEvents.deviceState(peer.device, "NOT_INUSE"));
        peer = null;
    }

    private void setVar(String name, String value) {
        call.emitEvent(ChannelEvents.varSet(ch, name, value));
    }

    private static Duration seconds(String[] args, int index) {
        if (args.length > index && args[index].strip().matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(args[index].strip()));
        }
        return NO_TIMEOUT;
    }

    /** {@code ${NAME}} and {@code ${NAME:offset[:length]}} from the channel's variables, EXTEN and UNIQUEID. */
    String substitute(String data) {
        Matcher m = VARIABLE.matcher(data);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "EXTEN" -> ch.exten;
                case "CONTEXT" -> ch.context;
                case "UNIQUEID" -> ch.uniqueId;
                default -> ch.variables.getOrDefault(m.group(1), "");
            };
            if (m.group(2) != null) {
                int offset = Integer.parseInt(m.group(2));
                int from = offset >= 0 ? Math.min(offset, value.length()) : Math.max(0, value.length() + offset);
                int to = m.group(3) == null ? value.length() : Math.min(value.length(), from + Integer.parseInt(m.group(3)));
                value = value.substring(from, to);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}
