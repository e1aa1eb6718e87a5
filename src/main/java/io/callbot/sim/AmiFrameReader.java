package io.callbot.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads AMI messages (lines up to an empty line) from a stream; one reader per connection, used by one thread.
 * Lines without a colon are kept as a field with an empty name so the caller can report them.
 */
public final class AmiFrameReader {

    private final BufferedReader in;

    public AmiFrameReader(InputStream in) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The next message, or null at end of stream. Blank lines between messages are skipped. */
    public AmiFrame next() throws IOException {
        List<AmiFrame.Field> fields = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) {
                if (!fields.isEmpty()) {
                    return AmiFrame.of(fields);
                }
                continue;
            }
            fields.add(parse(line));
        }
        return fields.isEmpty() ? null : AmiFrame.of(fields);
    }

    /** Reads one line as is (the protocol banner). */
    public String line() throws IOException {
        return in.readLine();
    }

    static AmiFrame.Field parse(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return new AmiFrame.Field("", line);
        }
        String value = line.substring(colon + 1);
        return new AmiFrame.Field(line.substring(0, colon).trim(), value.startsWith(" ") ? value.substring(1) : value);
    }

    /** Parses a whole transcript text (banner line first if present) into its messages. */
    public static List<AmiFrame> parseAll(String text) throws IOException {
        AmiFrameReader reader = new AmiFrameReader(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        List<AmiFrame> frames = new ArrayList<>();
        AmiFrame f;
        while ((f = reader.next()) != null) {
            frames.add(f);
        }
        return frames;
    }
}
