package io.callbot.media;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;

/**
 * Decodes AudioSocket frames ({@code kind:u8, length:u16 BE, payload}) into {@link AudioSocketFrame}s, whatever the TCP
 * segmentation (split or coalesced reads). Rejects an unknown kind as soon as its first byte arrives, a length over the
 * limit before buffering it, and a length that does not fit the kind. One instance per channel, used on its event loop.
 */
public final class AudioSocketFrameDecoder extends LengthFieldBasedFrameDecoder {

    private static final int HEADER_BYTES = 3;

    private final int maxPayloadBytes;

    /** @param maxPayloadBytes the largest payload accepted, 1..65535 */
    public AudioSocketFrameDecoder(int maxPayloadBytes) {
        super(maxPayloadBytes + HEADER_BYTES, 1, 2, 0, 0, true);
        if (maxPayloadBytes < 16 || maxPayloadBytes > 0xffff) {
            throw new IllegalArgumentException("maxPayloadBytes must be 16..65535, was " + maxPayloadBytes);
        }
        this.maxPayloadBytes = maxPayloadBytes;
    }

    @Override
    protected Object decode(ChannelHandlerContext ctx, ByteBuf in) throws Exception {
        if (in.isReadable()) {
            int code = in.getUnsignedByte(in.readerIndex());
            if (AudioSocketKind.fromCode(code).isEmpty()) {
                throw new AudioSocketProtocolException(MediaEndReason.UNKNOWN_KIND,
                        String.format("unknown AudioSocket kind 0x%02x", code));
            }
        }
        if (in.readableBytes() >= HEADER_BYTES) {
            int length = in.getUnsignedShort(in.readerIndex() + 1);
            if (length > maxPayloadBytes) {
                throw new AudioSocketProtocolException(MediaEndReason.OVERSIZE_FRAME,
                        "AudioSocket frame length " + length + " exceeds the limit of " + maxPayloadBytes + " bytes");
            }
        }
        ByteBuf frame = (ByteBuf) super.decode(ctx, in);
        if (frame == null) {
            return null;
        }
        try {
            AudioSocketKind kind = AudioSocketKind.fromCode(frame.readUnsignedByte()).orElseThrow();
            byte[] payload = new byte[frame.readUnsignedShort()];
            frame.readBytes(payload);
            checkLength(kind, payload.length);
            return AudioSocketFrame.wrap(kind, payload);
        } finally {
            frame.release();
        }
    }

    private static void checkLength(AudioSocketKind kind, int length) {
        boolean ok = switch (kind) {
            case UUID -> length == 16;
            case DTMF -> length == 1;
            case HANGUP, ERROR -> true;
            default -> length % 2 == 0;
        };
        if (!ok) {
            throw new AudioSocketProtocolException(MediaEndReason.MALFORMED_FRAME,
                    "AudioSocket " + kind + " frame has an invalid length of " + length + " bytes");
        }
    }
}
