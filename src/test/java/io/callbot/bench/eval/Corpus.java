package io.callbot.bench.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a split of the intent evaluation corpus ({@code /eval/dev.tsv}, {@code /eval/heldout.tsv},
 * {@code /eval/probe.tsv} on the test classpath): tab-separated {@code id intent category callback_time text}, {@code #} comments, one header row. Bad
 * rows fail with file:line and the rule. Stateless.
 */
public final class Corpus {

    public static final List<String> INTENTS = List.of("yes", "no", "opt_out", "agent", "callback", "wrong_person",
            "are_you_a_robot", "repeat", "not_now", "who_is_calling", "none");
    public static final List<String> CATEGORIES = List.of("plain", "filler", "long", "mixed", "short");
    public static final List<String> SPLITS = List.of("dev", "heldout", "probe");
    private static final String HEADER = "id\tintent\tcategory\tcallback_time\ttext";

    private Corpus() {
    }

    /** The lines of one split, in file order. */
    public static List<CorpusLine> read(String split) {
        if (!SPLITS.contains(split)) {
            throw new IllegalArgumentException("split '" + split + "': expected one of " + SPLITS);
        }
        String name = "/eval/" + split + ".tsv";
        try (InputStream in = Corpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    /**
     * The lines of a split ({@link #SPLITS}) or of a corpus file of the same format (a path ending in {@code .tsv}).
     */
    public static List<CorpusLine> readSplitOrFile(String splitOrFile) {
        return splitOrFile.endsWith(".tsv") ? readFile(java.nio.file.Path.of(splitOrFile)) : read(splitOrFile);
    }

    /** Whether a report may show a split's texts: every split but the held-out one, whose texts are only scored. */
    public static boolean showsTexts(String splitOrFile) {
        return !splitOrFile.equals("heldout");
    }

    /** The lines of a corpus file of the same format outside the repo's two splits (a quick check of new phrasings). */
    public static List<CorpusLine> readFile(java.nio.file.Path file) {
        try (BufferedReader reader = java.nio.file.Files.newBufferedReader(file)) {
            return parse(file.toString(), reader);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static List<CorpusLine> parse(String name, BufferedReader reader) throws IOException {
        List<CorpusLine> lines = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean header = false;
        int number = 0;
        for (String row = reader.readLine(); row != null; row = reader.readLine()) {
            number++;
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String where = name + ":" + number + ": ";
            if (!header) {
                if (!row.equals(HEADER)) {
                    throw new IllegalArgumentException(where + "expected the header row '" + HEADER + "'");
                }
                header = true;
                continue;
            }
            String[] f = row.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException(where + "expected 5 tab-separated fields, found " + f.length);
            }
            if (!INTENTS.contains(f[1])) {
                throw new IllegalArgumentException(where + "intent '" + f[1] + "' is not one of " + INTENTS);
            }
            if (!CATEGORIES.contains(f[2])) {
                throw new IllegalArgumentException(where + "category '" + f[2] + "' is not one of " + CATEGORIES);
            }
            if (!f[3].equals("-") && !f[1].equals("callback")) {
                throw new IllegalArgumentException(where + "only a callback names a time, was '" + f[3] + "'");
            }
            if (f[4].isBlank() || !ids.add(f[0])) {
                throw new IllegalArgumentException(where + "empty text or duplicate id '" + f[0] + "'");
            }
            lines.add(new CorpusLine(f[0], f[1], f[2], f[3].equals("-") ? null : f[3], f[4].strip()));
        }
        return lines;
    }
}
