package io.callbot.bench.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The evaluation's figures as markdown (for BENCHMARKS.md): headline figures, accuracy by voice, noise and category,
 * per-intent recall and precision, the confusion matrix, every false yes and every missed opt-out. For a held-out
 * split the lines are named by id only, so reading the report cannot leak held-out phrasings into the matcher.
 * Not thread-safe; built once after the run.
 */
final class EvalReport {

    private final List<Scored> all;
    private final boolean showText;

    EvalReport(List<Scored> all, boolean showText) {
        this.all = List.copyOf(all);
        this.showText = showText;
    }

    /** @param cpuPerAudioSecond recognition threads' CPU seconds per second of caller audio fed */
    String markdown(String title, double cpuPerAudioSecond) {
        StringBuilder md = new StringBuilder("#### " + title + "\n\n");
        md.append(headline(cpuPerAudioSecond)).append('\n');
        md.append(breakdown("voice", Scored::voice)).append('\n');
        md.append(breakdown("noise", Scored::noise)).append('\n');
        md.append(breakdown("category", s -> s.line().category())).append('\n');
        md.append(perIntent()).append('\n');
        md.append(confusion()).append('\n');
        md.append(listing("False yes (predicted yes, label not yes)", all.stream().filter(Scored::falseYes).toList()));
        md.append(listing("Missed opt-outs (label opt_out, not honoured)", all.stream()
                .filter(s -> s.line().intent().equals("opt_out") && !s.optOutHonoured()).toList()));
        return md.toString();
    }

    private String headline(double cpu) {
        List<Scored> optOuts = all.stream().filter(s -> s.line().intent().equals("opt_out")).toList();
        long direct = optOuts.stream().filter(s -> s.optOutHonoured() && !s.result().confirmationAsked()).count();
        long confirmed = optOuts.stream().filter(s -> s.optOutHonoured() && s.result().confirmationAsked()).count();
        List<Scored> timed = all.stream().filter(s -> s.line().callbackTime() != null
                && s.result().predicted().equals("callback")).toList();
        List<Long> gaps = all.stream().map(s -> s.result().responseGapMillis()).filter(g -> g >= 0).sorted().toList();
        return "| turns | intent accuracy | opt-out honoured (direct + after confirmation) | false yes | second pass |"
                + " callback time understood | CPU s per audio s | end of speech to final result p50 / p95 / p99 |\n"
                + "|---|---|---|---|---|---|---|---|\n"
                + String.format(Locale.ROOT, "| %d | %s | %s (%d + %d) | %d | %s | %d of %d | %.3f | %d / %d / %d ms |%n",
                        all.size(), pct(all.stream().filter(Scored::correct).count(), all.size()),
                        pct(direct + confirmed, optOuts.size()), direct, confirmed,
                        all.stream().filter(Scored::falseYes).count(),
                        pct(all.stream().filter(s -> s.result().secondPass()).count(), all.size()),
                        timed.stream().filter(s -> s.result().callbackTimeHeard()).count(), timed.size(), cpu,
                        percentile(gaps, 50), percentile(gaps, 95), percentile(gaps, 99));
    }

    private String breakdown(String name, Function<Scored, String> key) {
        Map<String, List<Scored>> groups = all.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new,
                Collectors.toList()));
        StringBuilder md = new StringBuilder("| " + name + " | turns | accuracy | opt-out honoured | false yes |\n"
                + "|---|---|---|---|---|\n");
        groups.forEach((k, g) -> {
            List<Scored> optOuts = g.stream().filter(s -> s.line().intent().equals("opt_out")).toList();
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %d |%n", k, g.size(),
                    pct(g.stream().filter(Scored::correct).count(), g.size()),
                    pct(optOuts.stream().filter(Scored::optOutHonoured).count(), optOuts.size()),
                    g.stream().filter(Scored::falseYes).count()));
        });
        return md.toString();
    }

    private String perIntent() {
        StringBuilder md = new StringBuilder("| intent | turns | recall | precision |\n|---|---|---|---|\n");
        for (String intent : Corpus.INTENTS) {
            long labelled = all.stream().filter(s -> s.line().intent().equals(intent)).count();
            long predicted = all.stream().filter(s -> s.result().predicted().equals(intent)).count();
            long hit = all.stream().filter(s -> s.correct() && s.line().intent().equals(intent)).count();
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s |%n", intent, labelled, pct(hit, labelled),
                    pct(hit, predicted)));
        }
        return md.toString();
    }

    private String confusion() {
        StringBuilder md = new StringBuilder("Confusion matrix (rows: label, columns: what the robot did)\n\n| |");
        Corpus.INTENTS.forEach(i -> md.append(' ').append(i).append(" |"));
        md.append("\n|---|").append("---|".repeat(Corpus.INTENTS.size())).append('\n');
        for (String label : Corpus.INTENTS) {
            md.append("| **").append(label).append("** |");
            for (String predicted : Corpus.INTENTS) {
                long n = all.stream().filter(s -> s.line().intent().equals(label)
                        && s.result().predicted().equals(predicted)).count();
                md.append(' ').append(n == 0 ? "." : label.equals(predicted) ? "**" + n + "**" : n).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    private String listing(String title, List<Scored> rows) {
        StringBuilder md = new StringBuilder(title + ": " + rows.size() + "\n\n");
        if (rows.isEmpty()) {
            return md.toString();
        }
        md.append(showText ? "| id | voice | noise | label | said | heard | robot did |\n|---|---|---|---|---|---|---|\n"
                : "| id | voice | noise | label | category | robot did |\n|---|---|---|---|---|---|\n");
        List<Scored> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparing((Scored s) -> s.line().id()).thenComparing(Scored::voice));
        for (Scored s : sorted) {
            String did = s.result().predicted() + (s.result().confirmationAsked() ? " (after a confirmation)" : "");
            md.append(showText
                    ? String.format("| %s | %s | %s | %s | %s | %s | %s |%n", s.line().id(), s.voice(), s.noise(),
                            s.line().intent(), s.line().text(), s.result().heard(), did)
                    : String.format("| %s | %s | %s | %s | %s | %s |%n", s.line().id(), s.voice(), s.noise(),
                            s.line().intent(), s.line().category(), did));
        }
        return md.append('\n').toString();
    }

    static String pct(long n, long of) {
        return of == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * n / of);
    }

    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
