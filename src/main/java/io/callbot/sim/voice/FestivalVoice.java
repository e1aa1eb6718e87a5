package io.callbot.sim.voice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Festival speech synthesis system as a caller voice: {@code festival:kal_diphone}, {@code festival:ked_diphone},
 * {@code festival:cmu_us_slt_arctic_hts} (what its {@code voice.list} shows). Festival takes about a second to start,
 * so {@link #speakAll} renders a whole list in one batch run. Immutable; thread-safe.
 */
final class FestivalVoice extends ProgramVoice {

    private FestivalVoice(VoiceSpec spec, ExternalProgram festival) {
        super(spec, festival);
    }

    static FestivalVoice open(VoiceSpec spec) {
        ExternalProgram festival = ExternalProgram.find("festival",
                "festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts sox");
        List<String> voices = installedVoices(festival);
        if (!spec.voice().matches("[a-z0-9_]+") || !voices.contains(spec.voice())) {
            throw new VoiceUnavailableException("festival has no voice '" + spec.voice() + "' (installed: " + voices
                    + "; more with apt-get install festvox-...)");
        }
        return new FestivalVoice(spec, festival);
    }

    private static List<String> installedVoices(ExternalProgram festival) {
        try (TempFiles tmp = new TempFiles()) {
            Path script = tmp.file("list.scm");
            Files.writeString(script, "(print (voice.list))\n");
            String out = new String(festival.run(List.of("-b", script.toString()), null)).strip();
            return Arrays.stream(out.replace("(", "").replace(")", "").split("\\s+")).filter(s -> !s.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new VoiceUnavailableException("festival: cannot write a script file: " + e.getMessage(), e);
        }
    }

    @Override
    public short[] speak(String text) {
        return speakAll(List.of(text)).get(0);
    }

    @Override
    public List<short[]> speakAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        try (TempFiles tmp = new TempFiles()) {
            StringBuilder script = new StringBuilder("(voice_" + voice + ")\n");
            for (int i = 0; i < texts.size(); i++) {
                script.append("(utt.save.wave (utt.synth (Utterance Text ").append(schemeString(texts.get(i)))
                        .append(")) ").append(schemeString(tmp.file(i + ".wav").toString())).append(" 'riff)\n");
            }
            Path file = tmp.file("speak.scm");
            Files.writeString(file, script);
            program.run(List.of("-b", file.toString()), null);
            List<short[]> out = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                Path wav = tmp.file(i + ".wav");
                if (!Files.isRegularFile(wav)) {
                    throw new VoiceUnavailableException("festival wrote no audio for '" + texts.get(i) + "'");
                }
                out.add(sox.read8k(wav));
            }
            return out;
        } catch (IOException e) {
            throw new VoiceUnavailableException("festival: cannot write its script: " + e.getMessage(), e);
        }
    }

    /** A Scheme string literal: backslashes and double quotes escaped. */
    static String schemeString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
