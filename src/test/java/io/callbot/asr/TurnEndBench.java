package io.callbot.asr;

import io.callbot.sim.voice.*;
import java.nio.file.*;
import java.util.*;
import java.util.function.Supplier;

/**
 * How soon the energy VAD and the turn detector end a turn after the caller's last word, on the evaluation's line
 * conditions: each dev line (yes, no, opt-out, callback) in one voice, after 2.8 s of the line alone, then 20 s of the
 * line; prints per line and the distribution of (turn end - end of words) with how many turns ran to max speech.
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) io.callbot.asr.TurnEndBench cafe15 146 flite:kal}
 * (args: noise, lines, voice). Runs the VAD only (no recognizer): seconds, not minutes.
 */
public class TurnEndBench {
    interface Vad { boolean isSpeech(short[] s, int off); }

    static class Current implements Vad {
        final EnergyVad v = new EnergyVad(VadSettings.defaults());
        public boolean isSpeech(short[] s, int o) { return v.isSpeech(s, o); }
    }

    public static void main(String[] a) throws Exception {
        String noise = a.length > 0 ? a[0] : "cafe15";
        int limit = a.length > 1 ? Integer.parseInt(a[1]) : 40;
        String voiceSpec = a.length > 2 ? a[2] : "flite:kal";
        TelephoneChannel ch = TelephoneChannel.open(NoiseCondition.parse(noise));
        TelephoneChannel clean = TelephoneChannel.clean();
        CallerVoice voice = CallerVoices.withoutMary().open(voiceSpec);
        List<String> texts = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of("src/test/resources/eval/dev.tsv"))) {
            if (l.startsWith("#") || l.isBlank()) continue;
            String[] f = l.split("\t");
            if (Set.of("opt_out", "yes", "no", "callback").contains(f[1])) texts.add(f[4]);
        }
        texts = texts.subList(0, Math.min(limit, texts.size()));
        Map<String, Supplier<Vad>> variants = new LinkedHashMap<>();
        variants.put("vad", Current::new);
        // line stats
        short[] line = ch.silence(8000 * 20, 12345);
        double[] lv = new double[line.length / 80];
        for (int i = 0; i < lv.length; i++) lv[i] = EnergyVad.levelDbfs(line, i * 80, 80);
        double[] s = lv.clone(); Arrays.sort(s);
        System.out.printf("line 10ms levels: p1 %.1f p10 %.1f p50 %.1f p90 %.1f p99 %.1f%n", s[s.length/100], s[s.length/10], s[s.length/2], s[s.length*9/10], s[s.length*99/100]);
        Map<String, List<Long>> lags = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        long pos = 0;
        Random r = new Random(5);
        for (String text : texts) {
            short[] raw = voice.speak(text);
            pos += r.nextInt(8000 * 30);
            short[] q = ch.silence(2500 * 8, pos);
            short[] lead = ch.silence(300 * 8, pos + q.length);
            short[] sp = ch.transmit(raw, pos + q.length + lead.length);
            short[] tail = ch.silence(8000 * 20, pos + q.length + lead.length + sp.length);
            short[] cl = clean.transmit(raw, 0);
            int lastSpeech = 0, firstSpeech = -1;
            for (int f = 0; f + 80 <= cl.length; f += 80) {
                if (EnergyVad.levelDbfs(cl, f, 80) > -50) { lastSpeech = f + 80; if (firstSpeech < 0) firstSpeech = f; }
            }
            short[] all = concat(q, lead, sp, tail);
            int turnStart = q.length;
            long speechEnd = q.length + lead.length + lastSpeech;
            StringBuilder row = new StringBuilder(String.format("%-45.45s speech %5d ms", text, (lastSpeech - firstSpeech) / 8));
            for (var e : variants.entrySet()) {
                Vad vad = e.getValue().get();
                TurnDetector td = null;
                long endAt = -1; String reason = "none";
                for (int f = 0; f + 80 <= all.length; f += 80) {
                    boolean spch = vad.isSpeech(all, f);
                    if (f == turnStart) td = new TurnDetector(TurnSettings.defaults(), 8000);
                    if (td != null) {
                        var sig = td.onFrame(spch, 80, false, () -> 0);
                        if (sig == TurnDetector.Signal.TURN_ENDED) { endAt = f + 80; reason = td.endReason().toString(); break; }
                        if (sig == TurnDetector.Signal.NO_INPUT) { endAt = f + 80; reason = "NOINPUT"; break; }
                    }
                }
                long lag = (endAt - speechEnd) / 8;
                long st0 = td.speechStart() < 0 ? 99999 : (td.speechStart() + turnStart - (q.length + lead.length + firstSpeech)) / 8;
                if (st0 < -100) c0(counts, e.getKey())[3]++;
                lags.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(lag);
                int[] c = counts.computeIfAbsent(e.getKey(), k -> new int[4]);
                if (reason.equals("MAX_SPEECH")) c[0]++;
                if (lag < 690) c[1]++;
                if (reason.equals("NOINPUT")) c[2]++;
                row.append(String.format(" | %s %6d %s st %d", e.getKey(), lag, reason.substring(0, 3), st0));
            }
            System.out.println(row);
            pos += all.length;
        }
        for (var e : lags.entrySet()) {
            List<Long> l = new ArrayList<>(e.getValue()); Collections.sort(l);
            int[] c = counts.get(e.getKey());
            System.out.printf("%-10s end-speechEnd ms: min %d p10 %d p50 %d p90 %d max %d; maxspeech %d, early(<690) %d, noinput %d, startEarly %d%n", e.getKey(), l.get(0), l.get(l.size()/10), l.get(l.size()/2), l.get(l.size()*9/10), l.get(l.size()-1), c[0], c[1], c[2], c[3]);
        }
    }

    static int[] c0(Map<String,int[]> m, String k) { return m.computeIfAbsent(k, x -> new int[4]); }
    static short[] concat(short[]... parts) {
        int n = 0; for (short[] p : parts) n += p.length;
        short[] o = new short[n]; int at = 0;
        for (short[] p : parts) { System.arraycopy(p, 0, o, at, p.length); at += p.length; }
        return o;
    }
}
