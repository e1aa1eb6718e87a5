package io.callbot.sim.audio;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;

/**
 * The simulator's own AudioSocket framing ({@code kind:u8, length:u16 big-endian, payload}), written independently of
 * the robot's codec. Immutable value; {@link Decoder} is one per channel, on its event loop.
 *
 * @param kind    the kind byte, 0..255 (0x00 hangup, 0x01 UUID, 0x03 DTMF, 0x10 slin 8 kHz, 0xff error)
 * @param payload the payload bytes (audio is 16-bit little-endian)
 */
public record SimFrame(int kind, byte[] payload) {

    public static final int HANGUP = 0x00;
    public static final int UUID_KIND = 0x01;
    public static final int DTMF = 0x03;
    public static final int SLIN_8K = 0x10;
    public static final int ERROR = 0xff;

    /** Writes the frame's wire bytes into {@code out}. */
    public void writeTo(ByteBuf out) {
        out.writeByte(kind).writeShort(payload.length).writeBytes(payload);
    }

    public static SimFrame uuid(UUID id) {
        return new SimFrame(UUID_KIND, ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array());
    }

    public static SimFrame dtmf(char digit) {
        return new SimFrame(DTMF, new byte[] {(byte) digit});
    }

    /** An 8 kHz audio frame of {@code count} samples starting at {@code offset}, zero-padded past the end of the array. */
    public static SimFrame slin8k(short[] samples, int offset, int count) {
        byte[] b = new byte[count * 2];
        for (int i = 0; i < count; i++) {
            short s = offset + i < samples.length ? samples[offset + i] : 0;
            b[2 * i] = (byte) (s & 0xff);
            b[2 * i + 1] = (byte) ((s >>> 8) & 0xff);
        }
        return new SimFrame(SLIN_8K, b);
    }

    /** Splits the byte stream into frames; leaves a partial frame in the buffer until the rest arrives. */
    public static final class Decoder extends ByteToMessageDecoder {
        @Override
        protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
            while (in.readableBytes() >= 3) {
                int start = in.readerIndex();
                int length = in.getUnsignedShort(start + 1);
                if (in.readableBytes() < 3 + length) {
                    return;
                }
                int kind = in.getUnsignedByte(start);
                byte[] payload = new byte[length];
                in.getBytes(start + 3, payload);
                in.skipBytes(3 + length);
                out.add(new SimFrame(kind, payload));
            }
        }
    }
}
