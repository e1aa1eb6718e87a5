package io.callbot.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AudioSocketFrameCodecTest {

    private static final int MAX = AudioSocketServerConfig.DEFAULT_MAX_PAYLOAD_BYTES;

    static Stream<Arguments> framesOfEveryKind() {
        UUID id = UUID.fromString("1c62eb01-7b80-4aab-b5b4-1147e23f0eec");
        return Stream.of(
                Arguments.of(AudioSocketFrame.hangup(), "000000"),
                Arguments.of(AudioSocketFrame.uuid(id), "010010" + id.toString().replace("-", "")),
                Arguments.of(AudioSocketFrame.dtmf('#'), "03000123"),
                Arguments.of(AudioSocketFrame.slin8k(new short[] {1, -2}), "1000040100feff"),
                Arguments.of(AudioSocketFrame.error(0x04), "ff000104"));
    }

    @ParameterizedTest
    @MethodSource("framesOfEveryKind")
    void encodesTheWireFormat(AudioSocketFrame frame, String hex) {
        EmbeddedChannel ch = new EmbeddedChannel(new AudioSocketFrameEncoder());
        ch.writeOutbound(frame);
        ByteBuf out = ch.readOutbound();
        assertThat(io.netty.buffer.ByteBufUtil.hexDump(out)).isEqualTo(hex);
        out.release();
    }

    @ParameterizedTest
    @EnumSource(AudioSocketKind.class)
    void everyKindRoundTrips(AudioSocketKind kind) {
        byte[] payload = switch (kind) {
            case UUID -> new byte[16];
            case DTMF -> new byte[] {'5'};
            case HANGUP -> new byte[0];
            case ERROR -> new byte[] {2};
            default -> new byte[kind.sampleRateHz() / 50 * 2];
        };
        if (payload.length > 1) {
            payload[payload.length - 1] = 7;
        }
        AudioSocketFrame frame = AudioSocketFrame.of(kind, payload);
        assertThat(decode(encode(frame))).containsExactly(frame);
    }

    @Test
    void audioSamplesAreLittleEndianWithABigEndianLength() {
        AudioSocketFrame f = decode(bytes(0x10, 0x00, 0x04, 0x01, 0x00, 0xfe, 0xff)).get(0);
        assertThat(f.kind()).isEqualTo(AudioSocketKind.SLIN_8K);
        assertThat(f.samples()).containsExactly((short) 1, (short) -2);
    }

    @Test
    void framesSplitAcrossReadsAreReassembled() {
        byte[] wire = concat(encode(AudioSocketFrame.uuid(UUID.randomUUID())),
                encode(AudioSocketFrame.slin8k(new short[160])), encode(AudioSocketFrame.dtmf('9')));
        EmbeddedChannel ch = new EmbeddedChannel(new AudioSocketFrameDecoder(MAX));
        for (byte b : wire) {
            ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }
        List<AudioSocketFrame> frames = drain(ch);
        assertThat(frames).extracting(AudioSocketFrame::kind)
                .containsExactly(AudioSocketKind.UUID, AudioSocketKind.SLIN_8K, AudioSocketKind.DTMF);
        assertThat(frames.get(2).dtmfDigit()).isEqualTo('9');
    }

    @Test
    void coalescedFramesInOneReadAllComeOut() {
        byte[] wire = concat(encode(AudioSocketFrame.dtmf('1')), encode(AudioSocketFrame.dtmf('2')),
                encode(AudioSocketFrame.hangup()));
        assertThat(decode(wire)).extracting(AudioSocketFrame::toString)
                .containsExactly("AudioSocketFrame[DTMF, 1]", "AudioSocketFrame[DTMF, 2]",
                        "AudioSocketFrame[HANGUP, 0 bytes]");
    }

    @Test
    void unknownKindIsRejectedAtItsFirstByte() {
        assertProtocolError(bytes(0x42), MediaEndReason.UNKNOWN_KIND, "0x42");
    }

    @Test
    void garbageIsRejected() {
        assertProtocolError("GET / HTTP/1.1\r\n".getBytes(), MediaEndReason.UNKNOWN_KIND, "0x47");
    }

    @Test
    void oversizeLengthIsRejectedBeforeThePayloadArrives() {
        EmbeddedChannel ch = new EmbeddedChannel(new AudioSocketFrameDecoder(1000));
        assertThatThrownBy(() -> ch.writeInbound(Unpooled.wrappedBuffer(bytes(0x10, 0x03, 0xe9))))
                .isInstanceOf(DecoderException.class)
                .cause().isInstanceOfSatisfying(AudioSocketProtocolException.class, e -> {
                    assertThat(e.reason()).isEqualTo(MediaEndReason.OVERSIZE_FRAME);
                    assertThat(e.getMessage()).contains("1001").contains("1000");
                });
    }

    @Test
    void lengthThatDoesNotFitTheKindIsMalformed() {
        assertProtocolError(bytes(0x01, 0x00, 0x02, 0xaa, 0xbb), MediaEndReason.MALFORMED_FRAME, "UUID");
        assertProtocolError(bytes(0x03, 0x00, 0x00), MediaEndReason.MALFORMED_FRAME, "DTMF");
        assertProtocolError(bytes(0x10, 0x00, 0x03, 1, 2, 3), MediaEndReason.MALFORMED_FRAME, "SLIN_8K");
    }

    @Test
    void realAsteriskCallWithSipInfoDtmfDecodes() throws IOException {
        List<AudioSocketFrame> frames = decode(fixture("call-with-dtmf-info.bin"));
        assertThat(frames.get(0).kind()).isEqualTo(AudioSocketKind.UUID);
        assertThat(frames).filteredOn(f -> f.kind() == AudioSocketKind.SLIN_8K).hasSize(217)
                .allSatisfy(f -> assertThat(f.payloadLength()).isEqualTo(320));
        assertThat(frames).filteredOn(f -> f.kind() == AudioSocketKind.DTMF)
                .extracting(AudioSocketFrame::dtmfDigit).containsExactly('1', '5', '#');
        assertThat(frames).hasSize(1 + 217 + 3);
        // the customer played a 500 Hz tone: a loud, non-silent signal in little-endian samples
        short[] tone = frames.get(1).samples();
        assertThat(peak(tone)).isBetween(5_000, 32_767);
    }

    @Test
    void realAsteriskRfc4733DtmfWithoutAudioDecodes() throws IOException {
        List<AudioSocketFrame> frames = decode(fixture("dtmf-rfc4733-no-audio.bin"));
        assertThat(frames).hasSize(3);
        assertThat(frames.get(0).uuidValue()).isEqualTo(UUID.fromString("1c62eb01-7b80-4aab-b5b4-1147e23f0eec"));
        assertThat(frames.subList(1, 3)).extracting(AudioSocketFrame::dtmfDigit).containsExactly('1', '5');
    }

    @Test
    void fixtureFedInOddSizedChunksDecodesTheSame() throws IOException {
        byte[] wire = fixture("call-with-dtmf-info.bin");
        EmbeddedChannel ch = new EmbeddedChannel(new AudioSocketFrameDecoder(MAX));
        for (int i = 0; i < wire.length; i += 7) {
            ch.writeInbound(Unpooled.wrappedBuffer(wire, i, Math.min(7, wire.length - i)));
        }
        assertThat(drain(ch)).isEqualTo(decode(wire));
    }

    private static void assertProtocolError(byte[] wire, MediaEndReason reason, String messagePart) {
        EmbeddedChannel ch = new EmbeddedChannel(new AudioSocketFrameDecoder(MAX));
        assertThatThrownBy(() -> ch.writeInbound(Unpooled.wrappedBuffer(wire)))
                .isInstanceOf(DecoderException.class)
                .cause().isInstanceOfSatisfying(AudioSocketProtocolException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(messagePart);
                });
    }

    static List<AudioSocketFrame> decode(byte[] wire) {
        EmbeddedChannel ch = new EmbeddedChannel(new AudioSocketFrameDecoder(MAX));
        ch.writeInbound(Unpooled.wrappedBuffer(wire));
        return drain(ch);
    }

    private static List<AudioSocketFrame> drain(EmbeddedChannel ch) {
        List<AudioSocketFrame> out = new ArrayList<>();
        for (AudioSocketFrame f = ch.readInbound(); f != null; f = ch.readInbound()) {
            out.add(f);
        }
        return out;
    }

    static byte[] encode(AudioSocketFrame frame) {
        EmbeddedChannel ch = new EmbeddedChannel(new AudioSocketFrameEncoder());
        ch.writeOutbound(frame);
        ByteBuf buf = ch.readOutbound();
        byte[] b = new byte[buf.readableBytes()];
        buf.readBytes(b);
        buf.release();
        return b;
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = AudioSocketFrameCodecTest.class.getResourceAsStream("/audiosocket/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static int peak(short[] s) {
        int p = 0;
        for (short v : s) {
            p = Math.max(p, Math.abs(v));
        }
        return p;
    }
}
