package io.callbot.sim.voice;

import java.util.Arrays;
import java.util.List;

/**
 * flite (CMU's small unit-selection and diphone engine) as a caller voice: {@code flite:kal}, {@code flite:awb},
 * {@code flite:rms}, {@code flite:slt} (what {@code flite -lv} lists). Immutable; thread-safe.
 */
final class FliteVoice implements CallerVoice {

    private final String spec;
    private final String voice;
    private final ExternalProgram flite;
    private final Sox sox;

    private FliteVoice(String spec, String voice, ExternalProgram flite, Sox sox) {
        this.spec = spec;
        this.voice = voice;
        this.flite = flite;
        this.sox = sox;
    }

    /** Checks the voice against {@code flite -lv} (flite falls back to another voice silently). */
    static FliteVoice open(VoiceSpec spec) {
        ExternalProgram flite = ExternalProgram.find("flite", "flite sox");
        String listing = flite.runForText(List.of("-lv"));
        List<String> voices = Arrays.stream(listing.substring(listing.indexOf(':') + 1).strip().split("\\s+")).toList();
        if (!voices.contains(spec.voice())) {
            throw new VoiceUnavailableException("flite has no voice '" + spec.voice() + "' (installed: " + voices + ")");
        }
        return new FliteVoice(spec.toString(), spec.voice(), flite, new Sox());
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public short[] speak(String text) {
        try (TempFiles tmp = new TempFiles()) {
            var txt = tmp.file("in.txt");
            var wav = tmp.file("out.wav");
            java.nio.file.Files.writeString(txt, text);
            flite.run(List.of("-voice", voice, "-f", txt.toString(), "-o", wav.toString()), null);
            return sox.read8k(wav);
        } catch (java.io.IOException e) {
            throw new VoiceUnavailableException("flite: cannot write its input file: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return spec;
    }
}
