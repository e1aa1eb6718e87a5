package io.callbot.sim.voice;

import java.util.Arrays;
import java.util.List;

/**
 * flite (CMU's small unit-selection and diphone engine) as a caller voice: {@code flite:kal}, {@code flite:awb},
 * {@code flite:rms}, {@code flite:slt} (what {@code flite -lv} lists). Immutable; thread-safe.
 */
final class FliteVoice extends ProgramVoice {

    private FliteVoice(VoiceSpec spec, ExternalProgram flite) {
        super(spec, flite);
    }

    /** Checks the voice against {@code flite -lv} (flite falls back to another voice silently). */
    static FliteVoice open(VoiceSpec spec) {
        ExternalProgram flite = ExternalProgram.find("flite", "flite sox");
        String listing = flite.runForText(List.of("-lv"));
        List<String> voices = Arrays.stream(listing.substring(listing.indexOf(':') + 1).strip().split("\\s+")).toList();
        if (!voices.contains(spec.voice())) {
            throw new VoiceUnavailableException("flite has no voice '" + spec.voice() + "' (installed: " + voices + ")");
        }
        return new FliteVoice(spec, flite);
    }

    @Override
    public short[] speak(String text) {
        try (TempFiles tmp = new TempFiles()) {
            var txt = tmp.file("in.txt");
            var wav = tmp.file("out.wav");
            java.nio.file.Files.writeString(txt, text);
            program.run(List.of("-voice", voice, "-f", txt.toString(), "-o", wav.toString()), null);
            return sox.read8k(wav);
        } catch (java.io.IOException e) {
            throw new VoiceUnavailableException("flite: cannot write its input file: " + e.getMessage(), e);
        }
    }
}
