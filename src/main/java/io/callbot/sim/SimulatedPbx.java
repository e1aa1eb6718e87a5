package io.callbot.sim;

import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated Asterisk 22: a real TCP AMI server that answers logins and actions like Asterisk and plays each
 * originated call's persona as the real event sequence. Threads: one acceptor, one reader per AMI session, and a
 * small shared scheduler for all call timelines; every public method is thread-safe.
 */
public final class SimulatedPbx implements AutoCloseable {

    static final String ASTERISK_VERSION = "22.10.1";
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedPbx.class);
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d{3,}");
    private static final Pattern CALLER_ID = Pattern.compile("^\\s*\"?([^\"<]*?)\"?\\s*<([^>]*)>\\s*$");

    private final SimOptions options;
    private final ServerSocket server;
    private final ScheduledExecutorService scheduler;
    private final SimTimer timer;
    private final AnsweredCallHandler handler;
    private final SimStats stats = new SimStats();
    private final Set<AmiSession> sessions = ConcurrentHashMap.newKeySet();
    private final Map<String, SimCall> callsByUuid = new ConcurrentHashMap<>();
    private final Map<String, SimCall> callsByChannel = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private final AtomicInteger channelCounter = new AtomicInteger();
    private volatile boolean loginAllowed = true;
    private volatile boolean accepting = true;
    private volatile boolean closed;

    private SimulatedPbx(SimOptions options) throws IOException {
        this.options = options;
        this.scheduler = Executors.newScheduledThreadPool(options.schedulerThreads(),
                new DefaultThreadFactory("sim-pbx-timeline", true));
        this.timer = new SimTimer(scheduler, options.speed());
        this.handler = options.handler() == null ? new TalkTimeHandler(timer) : options.handler();
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 512);
        Thread acceptor = new Thread(this::acceptLoop, "sim-pbx-ami-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.info("simulated PBX listening for AMI on {}:{}", server.getInetAddress().getHostAddress(), port());
    }

    /** Starts a simulated PBX on the loopback interface. */
    public static SimulatedPbx start(SimOptions options) throws IOException {
        return new SimulatedPbx(Objects.requireNonNull(options));
    }

    public int port() {
        return server.getLocalPort();
    }

    public SimStats stats() {
        return stats;
    }

    /** The timer call timelines run on (an answered-call handler may schedule its own steps on it). */
    public SimTimer timer() {
        return timer;
    }

    /** When false, every Login is answered {@code Authentication failed} and the connection closed. */
    public void setLoginAllowed(boolean allowed) {
        this.loginAllowed = allowed;
    }

    /** When false, new TCP connections are closed at once (Asterisk down); existing sessions are kept. */
    public void setAcceptingConnections(boolean accept) {
        this.accepting = accept;
    }

    /** Cuts every AMI connection, as a network failure would; calls keep running, their events are lost. */
    public void dropConnections() {
        List.copyOf(sessions).forEach(AmiSession::close);
    }

    /** Writes raw text to every connected session (for garbage-on-the-wire tests). */
    public void sendRaw(String text) {
        for (AmiSession s : List.copyOf(sessions)) {
            try {
                s.writeRaw(text);
            } catch (IOException e) {
                s.close();
            }
        }
    }

    /** Sends one event to every logged-in session (for tests that inject events). */
    public void emit(AmiFrame event) {
        for (AmiSession s : sessions) {
            s.event(event);
        }
    }

    /** The context,exten a call was redirected to by AMI Redirect, or null. */
    public String redirectedTo(String uuid) {
        return redirects.get(uuid);
    }

    /** Live call ids (channels created and not hung up). */
    public Set<String> liveCallIds() {
        Set<String> ids = new java.util.HashSet<>();
        for (SimCall c : liveCalls()) {
            ids.add(c.uniqueId());
        }
        return ids;
    }

    /** Ends a live call as if the customer hung up; false when no such call is up. */
    public boolean customerHangsUp(String uuid) {
        SimCall call = callsByUuid.get(uuid);
        if (call == null) {
            return false;
        }
        call.end(CallControl.EndedBy.CUSTOMER);
        return true;
    }

    String banner() {
        return "Asterisk Call Manager/" + options.amiVersion();
    }

    String amiVersion() {
        return options.amiVersion();
    }

    String username() {
        return options.username();
    }

    String secret() {
        return options.secret();
    }

    boolean loginAllowed() {
        return loginAllowed;
    }

    /** The read / write privileges every AMI session gets. */
    io.callbot.pbx.ManagerUser amiRights() {
        return options.pbx().amiRights();
    }

    SimPbxConfig config() {
        return options.pbx();
    }

    SimOptions options() {
        return options;
    }

    void sessionClosed(AmiSession s) {
        sessions.remove(s);
    }

    List<SimCall> liveCalls() {
        List<SimCall> live = new ArrayList<>();
        for (SimCall c : callsByUuid.values()) {
            if (c.exists()) {
                live.add(c);
            }
        }
        return live;
    }

    SimCall findByChannel(String channelOrUuid) {
        if (channelOrUuid == null) {
            return null;
        }
        SimCall c = callsByChannel.get(channelOrUuid);
        return c != null ? c : callsByUuid.get(channelOrUuid);
    }

    void recordRedirect(String uuid, String target) {
        redirects.put(uuid, target);
    }

    /** Builds the call an Originate asks for; null when its ChannelId is already a live channel. */
    SimCall prepareCall(AmiFrame action, String actionId) {
        String uuid = action.get("ChannelId");
        if (uuid == null || uuid.isBlank()) {
            uuid = UUID.randomUUID().toString();
        }
        stats.originateReceived(uuid);
        String dialString = action.get("Channel");
        String number = dialledNumber(dialString);
        logOriginate(uuid, number);
        Persona persona = options.personas().personaFor(number);
        String tech = dialString.contains("/") ? dialString.substring(0, dialString.indexOf('/')) : "PJSIP";
        String resource = dialString.substring(dialString.indexOf('/') + 1);
        String peer = resource.contains("@") ? resource.substring(resource.indexOf('@') + 1) : resource;
        String name = String.format("%s/%s-%08x", tech, peer, channelCounter.incrementAndGet());
        String[] cid = callerId(action.get("CallerID"));
        SimChannel ch = new SimChannel(uuid, name, tech + "/" + peer, dialString, number, actionId,
                action.get("Context"), action.get("Exten"), cid[1], cid[0], variables(action));
        SimCall call = new SimCall(ch, persona, ringTimeout(action), "1".equals(ch.variables.get("CALLBOT_AMD")),
                timer, this::emit, stats, handler, this::callDone);
        if (callsByUuid.putIfAbsent(uuid, call) != null) {
            return null;
        }
        callsByChannel.put(name, call);
        return call;
    }

    /**
     * Appends the Originate to the log file before it is answered, one write per line, so that the lines
     * outlive a SIGKILL of the process (tests count dials across crashes with it).
     */
    private synchronized void logOriginate(String uuid, String number) {
        if (options.originateLog() == null) {
            return;
        }
        try {
            java.nio.file.Files.writeString(options.originateLog(), uuid + " " + number + " " + System.currentTimeMillis() + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("originate log {} not written: {}", options.originateLog(), e.toString());
        }
    }

    private void callDone(SimCall call) {
        callsByUuid.remove(call.uniqueId(), call);
        callsByChannel.remove(call.channelName(), call);
    }

    static String dialledNumber(String dialString) {
        Matcher m = NUMBER.matcher(dialString == null ? "" : dialString);
        return m.find() ? m.group() : String.valueOf(dialString);
    }

    /** Splits {@code "Name" <number>} into {name, number}; a bare value is the number. */
    static String[] callerId(String value) {
        if (value == null || value.isBlank()) {
            return new String[] {"<unknown>", "<unknown>"};
        }
        Matcher m = CALLER_ID.matcher(value);
        if (m.matches()) {
            String name = m.group(1).trim();
            return new String[] {name.isEmpty() ? "<unknown>" : name, m.group(2).trim()};
        }
        return new String[] {"<unknown>", value.trim()};
    }

    private static Map<String, String> variables(AmiFrame action) {
        Map<String, String> vars = new LinkedHashMap<>();
        for (String v : action.all("Variable")) {
            for (String pair : v.split(",")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    vars.put(pair.substring(0, eq).trim(), pair.substring(eq + 1));
                }
            }
        }
        return vars;
    }

    private static Duration ringTimeout(AmiFrame action) {
        try {
            String t = action.get("Timeout");
            return Duration.ofMillis(t == null ? 30_000 : Long.parseLong(t.trim()));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(30);
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                if (!accepting) {
                    s.close();
                    continue;
                }
                s.setTcpNoDelay(true);
                AmiSession session = new AmiSession(s, this);
                sessions.add(session);
                Thread t = new Thread(session, "sim-pbx-ami-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("simulated PBX accept failed: {}", e.toString());
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("sim close: {}", e.toString());
        }
        dropConnections();
        scheduler.shutdownNow();
    }
}
