package io.callbot.media;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/** Encodes {@link AudioSocketFrame}s as {@code kind:u8, length:u16 BE, payload}; stateless, shareable across channels. */
@ChannelHandler.Sharable
public final class AudioSocketFrameEncoder extends MessageToByteEncoder<AudioSocketFrame> {

    public AudioSocketFrameEncoder() {
        super(AudioSocketFrame.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, AudioSocketFrame frame, ByteBuf out) {
        byte[] payload = frame.payloadUnsafe();
        out.ensureWritable(3 + payload.length);
        out.writeByte(frame.kind().code());
        out.writeShort(payload.length);
        out.writeBytes(payload);
    }
}
