package io.callbot.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One AMI client connection to the simulated PBX: reads actions on its own thread, answers them as Asterisk 22
 * does, and receives the PBX's events. Writes are serialized on the output stream.
 */
final class AmiSession implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(AmiSession.class);

    private final Socket socket;
    private final OutputStream out;
    private final SimulatedPbx pbx;
    private final AmiActions actions;
    private volatile boolean authenticated;
    private volatile boolean eventsOn = true;
    private volatile boolean closed;
    private String challenge;

    AmiSession(Socket socket, SimulatedPbx pbx) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.pbx = pbx;
        this.actions = new AmiActions(pbx, this);
    }

    @Override
    public void run() {
        try (socket) {
            writeRaw(pbx.banner() + "\r\n");
            AmiFrameReader reader = new AmiFrameReader(socket.getInputStream());
            AmiFrame action;
            while (!closed && (action = reader.next()) != null) {
                handle(action);
            }
        } catch (IOException e) {
            if (!closed) {
                LOG.debug("sim AMI session ended: {}", e.toString());
            }
        } finally {
            closed = true;
            pbx.sessionClosed(this);
        }
    }

    private void handle(AmiFrame action) throws IOException {
        String name = action.get("Action");
        String id = action.get("ActionID");
        if (name == null) {
            send(response("Error", id).add("Message", "Missing action in request").build());
            return;
        }
        switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "challenge" -> challenge(id);
            case "login" -> login(action, id);
            case "logoff" -> {
                send(response("Goodbye", id).add("Message", "Thanks for all the fish.").build());
                close();
            }
            default -> {
                if (!authenticated) {
                    // Asterisk 22 answers any action before a login this way
                    send(response("Error", id).add("Message", "Permission denied").build());
                } else {
                    authorized(name, action, id);
                }
            }
        }
    }

    /** Runs an action the user's write classes allow; otherwise answers as Asterisk 22's process_message does. */
    private void authorized(String name, AmiFrame action, String id) throws IOException {
        var known = AmiAuthority.of(name);
        if (known.isEmpty()) {
            send(response("Error", id).add("Message",
                    "Invalid/unknown command: " + name + ". Use Action: ListCommands to show available commands.").build());
        } else if (!pbx.amiRights().mayWrite(known.get().authority())) {
            LOG.info("sim AMI: action {} refused: needs write class {} (user has {})", name,
                    known.get().privilege(), pbx.amiRights().write());
            send(response("Error", id).add("Message", "Permission denied").build());
        } else {
            actions.handle(name, action, id);
        }
    }

    private void challenge(String id) throws IOException {
        challenge = Integer.toString(100_000_000 + ThreadLocalRandom.current().nextInt(900_000_000));
        send(response("Success", id).add("Challenge", challenge).build());
    }

    private void login(AmiFrame action, String id) throws IOException {
        if (pbx.loginAllowed() && credentialsMatch(action)) {
            authenticated = true;
            pbx.stats().loggedIn();
            String events = action.get("Events");
            eventsOn = events == null || !events.equalsIgnoreCase("off");
            send(response("Success", id).add("Message", "Authentication accepted").build());
            if (eventsOn && pbx.amiRights().read().contains(io.callbot.pbx.AmiClass.SYSTEM)) {
                send(AmiFrame.of("Event", "FullyBooted").add("Privilege", "system,all").add("Uptime", "1")
                        .add("LastReload", "1").add("Status", "Fully Booted").build());
            }
            return;
        }
        LOG.info("sim AMI: refused login for user '{}'", action.get("Username"));
        send(response("Error", id).add("Message", "Authentication failed").build());
        close();
    }

    private boolean credentialsMatch(AmiFrame action) {
        if (!pbx.username().equals(action.get("Username"))) {
            return false;
        }
        String key = action.get("Key");
        if ("MD5".equalsIgnoreCase(action.get("AuthType")) && key != null && challenge != null) {
            return md5Hex(challenge + pbx.secret()).equalsIgnoreCase(key);
        }
        return pbx.secret().equals(action.get("Secret"));
    }

    static String md5Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 unavailable", e);
        }
    }

    static AmiFrame.Builder response(String kind, String actionId) {
        AmiFrame.Builder b = AmiFrame.of("Response", kind);
        if (actionId != null) {
            b.add("ActionID", actionId);
        }
        return b;
    }

    void setEvents(boolean on) {
        eventsOn = on;
    }

    /** Delivers an event if this session is logged in, wants events and may read the event's class. */
    void event(AmiFrame event) {
        if (authenticated && eventsOn && !closed && pbx.amiRights().mayRead(event.get("Privilege"))) {
            try {
                send(event);
            } catch (IOException e) {
                close();
            }
        }
    }

    void send(AmiFrame frame) throws IOException {
        writeRaw(frame.toWire());
    }

    void writeRaw(String text) throws IOException {
        synchronized (out) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /** Drops the connection (a cut AMI link, a logoff, a refused login). */
    void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("sim AMI close: {}", e.toString());
        }
    }
}
