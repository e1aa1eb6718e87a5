package io.callbot.sim.voice;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * espeak-ng (formant synthesis) as a caller voice: {@code espeak:LANGUAGE[+VARIANT]}, e.g. {@code espeak:en-us},
 * {@code espeak:en-us+m3}, {@code espeak:en-gb+f2}; its 22.05 kHz output is resampled by sox. Immutable; thread-safe.
 */
final class EspeakVoice extends ProgramVoice {

    private static final String PACKAGES = "espeak-ng sox";

    private EspeakVoice(VoiceSpec spec, ExternalProgram espeak) {
        super(spec, espeak);
    }

    /** Checks the language and variant against what the installed espeak-ng lists (it ignores an unknown variant). */
    static EspeakVoice open(VoiceSpec spec) {
        ExternalProgram espeak = ExternalProgram.find("espeak-ng", PACKAGES);
        String[] parts = spec.voice().split("\\+", -1);
        if (parts.length > 2 || parts[0].isEmpty()) {
            throw new VoiceUnavailableException("expected LANGUAGE or LANGUAGE+VARIANT, e.g. en-us+m3");
        }
        Set<String> languages = column(espeak.runForText(List.of("--voices")), 1);
        if (!languages.contains(parts[0])) {
            throw new VoiceUnavailableException("espeak-ng has no language '" + parts[0] + "' (English ones: "
                    + languages.stream().filter(l -> l.startsWith("en")).sorted().toList() + ")");
        }
        if (parts.length == 2) {
            Set<String> variants = column(espeak.runForText(List.of("--voices=variant")), 4).stream()
                    .map(f -> f.substring(f.indexOf('/') + 1)).collect(Collectors.toSet());
            if (!variants.contains(parts[1])) {
                throw new VoiceUnavailableException("espeak-ng has no variant '" + parts[1] + "' (e.g. m1..m7, f1..f5;"
                        + " all: espeak-ng --voices=variant)");
            }
        }
        return new EspeakVoice(spec, espeak);
    }

    /** The values of one whitespace-separated column of {@code espeak-ng --voices} output, header skipped. */
    private static Set<String> column(String listing, int index) {
        return listing.lines().skip(1).map(l -> l.strip().split("\\s+")).filter(c -> c.length > index)
                .map(c -> c[index]).collect(Collectors.toSet());
    }

    @Override
    public short[] speak(String text) {
        try (TempFiles tmp = new TempFiles()) {
            var wav = tmp.file("out.wav");
            // text on stdin: never parsed as an option, whatever it starts with
            program.run(List.of("-v", voice, "-w", wav.toString(), "--stdin"), text);
            return sox.read8k(wav);
        }
    }
}
