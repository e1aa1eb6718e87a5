package io.callbot.bench;

import io.callbot.bench.eval.EvalCampaign;
import io.callbot.bench.eval.Tally;
import io.callbot.bench.eval.TurnResult;
import io.callbot.dialog.engine.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Replays what an {@link IntentEval} run heard (its {@code *-turns.tsv} with texts) through today's understanding,
 * without audio or recognition: each line's grammar-pass and free-form words (and next-best readings) as the speech
 * event of the evaluation campaign's dialog. It shows in seconds what a change to the library or the reading rules
 * does to a voice run's turns, beside what that run recorded; the confirmation question is answered as in
 * {@link TypedIntentEval}; it counts the lines that asked one, by label (what a reading rule costs callers who
 * meant something else). With {@code -v} it prints every line whose outcome changed.
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) io.callbot.bench.TurnReplay out/probe-turns.tsv [CAMPAIGN.yaml] [-v]}
 */
public final class TurnReplay {

    private TurnReplay() {
    }

    public static void main(String[] args) throws IOException {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean verbose = rest.remove("-v");
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("usage: TurnReplay TURNS.tsv [CAMPAIGN.yaml] [-v]");
        }
        EvalCampaign campaign = EvalCampaign.load(rest.size() > 1 ? Path.of(rest.get(1)) : EvalCampaign.DEFAULT);
        List<String> rows = Files.readAllLines(Path.of(rest.get(0)));
        Map<String, Integer> column = columns(rows.get(0));
        Tally recorded = new Tally();
        Tally replayed = new Tally();
        Map<String, Tally> byVoice = new HashMap<>();
        Map<String, Integer> asked = new HashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            String label = f[column.get("label")];
            String heard = f[column.get("heard")];
            Replayed line = heard.equals(TurnResult.NOTHING_HEARD) ? new Replayed("none", false)
                    : replayed(campaign, heard, label, nextBest(f, column));
            String now = line.outcome();
            if (line.asked()) {
                asked.merge(label, 1, Integer::sum);
            }
            recorded.add(label, f[column.get("predicted")]);
            replayed.add(label, now);
            byVoice.computeIfAbsent(f[column.get("voice")], v -> new Tally()).add(label, now);
            if (verbose && !now.equals(f[column.get("predicted")])) {
                System.out.println(String.join("\t", f[column.get("id")], f[column.get("voice")], label,
                        f[column.get("predicted")] + " -> " + now, f[column.get("said")], heard));
            }
        }
        System.out.println("recorded: " + recorded);
        System.out.println("replayed: " + replayed);
        System.out.println("  a confirmation asked, by label: " + asked);
        byVoice.forEach((voice, t) -> System.out.println("  " + voice + ": " + t));
    }

    /** What the dialog did with a line, and whether it asked a confirmation question on the way. */
    record Replayed(String outcome, boolean asked) {
    }

    /** The heard words: each part of the line (the rest after an early turn end) with its grammar and free-form pass. */
    static Replayed replayed(EvalCampaign campaign, String heard, String label, List<String> alternatives) {
        EvalCampaign.Started call = campaign.start(new ArrayList<>());
        String[] parts = heard.split(Pattern.quote(TurnResult.REST_OF_LINE));
        boolean asked = false;
        for (int i = 0; i < parts.length && !call.dialog().ended(); i++) {
            String[] passes = parts[i].split(Pattern.quote(TurnResult.PASSES), 2);
            Event.Speech speech = Event.Speech.heard(passes[0], 1.0, passes.length > 1 ? passes[1] : null,
                    i == 0 && passes.length > 1 ? alternatives : List.of());
            asked |= campaign.answer(call.dialog(), speech, label, new ArrayList<>());
        }
        return new Replayed(campaign.outcome(call.dialog()), asked);
    }

    private static List<String> nextBest(String[] f, Map<String, Integer> column) {
        Integer at = column.get("next_best");
        return at == null || at >= f.length || f[at].equals("-") ? List.of()
                : List.of(f[at].split(Pattern.quote(TurnResult.READINGS)));
    }

    private static Map<String, Integer> columns(String header) {
        Map<String, Integer> column = new HashMap<>();
        String[] names = header.split("\t");
        for (int i = 0; i < names.length; i++) {
            column.put(names[i], i);
        }
        if (!column.containsKey("heard")) {
            throw new IllegalArgumentException("a turns file with texts is needed (columns said, heard): got " + header);
        }
        return column;
    }
}
