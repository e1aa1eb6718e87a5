package io.callbot.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A bare AMI client over a socket for sim tests, independent of Asterisk-Java; one thread at a time. */
final class RawAmiClient implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final AmiFrameReader reader;
    final String banner;

    RawAmiClient(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(20_000);
        out = socket.getOutputStream();
        reader = new AmiFrameReader(socket.getInputStream());
        banner = reader.line();
    }

    void send(String... lines) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append("\r\n");
        }
        out.write(sb.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    AmiFrame next() throws IOException {
        return reader.next();
    }

    /** The next frame that is not an event (the response to the last action). */
    AmiFrame response() throws IOException {
        return response(new java.util.ArrayList<>());
    }

    /**
     * The next frame that is not an event, the events before it added to {@code eventsBefore}: an action's own events
     * can come before its response (Asterisk runs a Redirect's first dialplan step on the channel's thread).
     */
    AmiFrame response(java.util.List<AmiFrame> eventsBefore) throws IOException {
        AmiFrame f;
        while ((f = reader.next()) != null && f.get("Event") != null) {
            eventsBefore.add(f);
        }
        return f;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
