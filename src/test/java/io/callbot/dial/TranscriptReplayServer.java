package io.callbot.dial;

import io.callbot.sim.AmiFrame;
import io.callbot.sim.AmiFrameReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A test AMI peer that answers the login sequence and, on Originate, replays the events of a real Asterisk 22
 * transcript byte for byte, with only the Uniqueid and ActionID swapped for the ones of this Originate. In a transcript
 * of a transfer the events after the channel entered AudioSocket() are replayed when the Redirect comes, as Asterisk
 * sent them after the Redirect was accepted. One connection at a time, on its own thread.
 */
final class TranscriptReplayServer implements AutoCloseable {

    private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final List<AmiFrame> events;
    /** The events that followed the Redirect (empty for transcripts without one). */
    private final List<AmiFrame> afterRedirect = new ArrayList<>();
    private final String transcriptUniqueId;
    private final String transcriptActionId;

    TranscriptReplayServer(String resource) throws IOException {
        String text;
        try (InputStream in = TranscriptReplayServer.class.getResourceAsStream("/ami/" + resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        this.events = new ArrayList<>();
        String uid = null;
        String aid = null;
        boolean redirected = false;
        for (AmiFrame f : AmiFrameReader.parseAll(text)) {
            if (f.get("Event") != null) {
                (redirected ? afterRedirect : events).add(f);
                redirected |= "Newexten".equals(f.get("Event")) && "AudioSocket".equals(f.get("Application"))
                        && text.contains("Context: callbot-transfer");
                uid = uid == null ? f.get("Uniqueid") : uid;
            } else if (f.get("ActionID") != null) {
                aid = f.get("ActionID");
            }
        }
        this.transcriptUniqueId = uid;
        this.transcriptActionId = aid;
        Thread t = new Thread(this::serve, "transcript-replay");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                session(s);
            } catch (IOException e) {
                // the client went away; wait for the next one
            }
        }
    }

    private String uniqueId;

    private void session(Socket s) throws IOException {
        OutputStream out = s.getOutputStream();
        write(out, "Asterisk Call Manager/11.0.0\r\n");
        AmiFrameReader reader = new AmiFrameReader(s.getInputStream());
        AmiFrame action;
        while ((action = reader.next()) != null) {
            String id = action.get("ActionID");
            String name = String.valueOf(action.get("Action")).toLowerCase();
            switch (name) {
                case "challenge" -> write(out, ok(id) + "Challenge: 123456789\r\n\r\n");
                case "login" -> write(out, ok(id) + "Message: Authentication accepted\r\n\r\n");
                case "coresettings" -> write(out, ok(id) + "AMIversion: 11.0.0\r\nAsteriskVersion: 22.10.1\r\n\r\n");
                case "coreshowchannels" -> write(out, ok(id) + "EventList: start\r\nMessage: Channels will follow\r\n\r\n"
                        + "Event: CoreShowChannelsComplete\r\nActionID: " + id + "\r\nEventList: Complete\r\nListItems: 0\r\n\r\n");
                case "originate" -> {
                    write(out, ok(id) + "Message: Originate successfully queued\r\n\r\n");
                    uniqueId = action.get("ChannelId");
                    replay(out, events, uniqueId, id);
                }
                case "redirect" -> {
                    write(out, ok(id) + "Message: Redirect successful\r\n\r\n");
                    replay(out, afterRedirect, uniqueId, id);
                }
                case "listcommands" -> write(out, ok(id) + "Originate: Originate a call. (Priv: originate,all)\r\n"
                        + "Redirect: Redirect (transfer) a call. (Priv: call,all)\r\n"
                        + "Hangup: Hangup channel. (Priv: system,call,all)\r\n"
                        + "CoreShowChannels: List currently active channels. (Priv: system,reporting,all)\r\n"
                        + "CoreSettings: Show PBX core settings (version etc). (Priv: system,reporting,all)\r\n\r\n");
                case "logoff" -> {
                    write(out, "Response: Goodbye\r\nActionID: " + id + "\r\nMessage: Thanks for all the fish.\r\n\r\n");
                    return;
                }
                default -> write(out, "Response: Error\r\nActionID: " + id + "\r\nMessage: Invalid/unknown command\r\n\r\n");
            }
        }
    }

    private void replay(OutputStream out, List<AmiFrame> frames, String uniqueId, String actionId) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (AmiFrame e : frames) {
            for (AmiFrame.Field f : e.fields()) {
                String v = f.value().replace(transcriptUniqueId, uniqueId);
                if (f.name().equals("ActionID") && v.equals(transcriptActionId)) {
                    v = actionId;
                }
                sb.append(f.name()).append(": ").append(v).append("\r\n");
            }
            sb.append("\r\n");
        }
        write(out, sb.toString());
    }

    private static String ok(String id) {
        return "Response: Success\r\nActionID: " + id + "\r\n";
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
