package io.callbot.tts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts prompt text into sentences so each is synthesized and cached on its own: the first can play while the rest
 * render, and a common sentence ("Goodbye!") is shared by every customer's prompt. A cut needs a terminator
 * ({@code . ! ?}, an ellipsis, CJK {@code 。！？}) followed by a space and a word that does not start in lower case;
 * a period never cuts inside a number ({@code 3.5}), after a title or other abbreviation ({@code Mr.}, {@code e.g.},
 * {@code No. 5}) or after a single letter (initials, spelled codes {@code C. O. M.}). When in doubt it does not cut:
 * a longer sentence only costs a little latency, a wrong cut costs prosody. Stateless; any thread.
 */
public final class SentenceSplitter {

    /** Lower-case words (without their final period) after which a period does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs",
            "inc", "ltd", "co", "corp", "dept", "apt", "ave", "approx", "e.g", "i.e", "u.s", "u.k", "fig", "mt", "rd");
    /** Abbreviations that end a sentence unless a number follows ("No. 5" vs "I said no. Thanks"). */
    private static final Set<String> BEFORE_NUMBERS = Set.of("no", "nr", "nos", "tel", "ext");

    private SentenceSplitter() {
    }

    /** The sentences of {@code text}, stripped, in order; empty for blank text. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isCjkTerminator(c)) {
                int end = skipClosers(text, i + 1);
                add(out, text.substring(start, end));
                start = end;
                i = end;
                continue;
            }
            if (!isTerminator(c)) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < text.length() && isTerminator(text.charAt(runEnd))) {
                runEnd++;
            }
            int end = skipClosers(text, runEnd);
            if (cutsAfter(text, i, runEnd, end)) {
                add(out, text.substring(start, end));
                start = end;
            }
            i = end;
        }
        add(out, text.substring(start));
        return out;
    }

    /** Whether the terminator run {@code text[from, runEnd)}, closers up to {@code end}, ends a sentence. */
    private static boolean cutsAfter(String text, int from, int runEnd, int end) {
        if (end >= text.length() || !Character.isWhitespace(text.charAt(end))) {
            return false; // the text's end (nothing to cut), or inside a token: 3.5, e.g.x, U.S.A
        }
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return false;
        }
        char following = text.charAt(next);
        if (Character.isLowerCase(following)) {
            return false; // "etc. and so on", "5 p.m. tomorrow"
        }
        boolean singlePeriod = runEnd - from == 1 && text.charAt(from) == '.';
        if (!singlePeriod) {
            return true;
        }
        String word = wordBefore(text, from);
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        if (BEFORE_NUMBERS.contains(word) && Character.isDigit(following)) {
            return false;
        }
        return !(word.length() == 1 && Character.isLetter(word.charAt(0)));
    }

    /** The lower-case token ending just before {@code period}, without leading quotes or brackets. */
    private static String wordBefore(String text, int period) {
        int from = period;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        String word = text.substring(from, period);
        int letter = 0;
        while (letter < word.length() && !Character.isLetterOrDigit(word.charAt(letter))) {
            letter++;
        }
        return word.substring(letter).toLowerCase(Locale.ROOT);
    }

    private static int skipClosers(String text, int at) {
        while (at < text.length() && "\"')]}\u201d\u2019»".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isCjkTerminator(char c) {
        return c == '\u3002' || c == '\uff01' || c == '\uff1f';
    }

    /** Keeps a piece that has something to say; punctuation alone ("...") joins the sentence before it. */
    private static void add(List<String> out, String piece) {
        String s = piece.strip();
        if (s.isEmpty()) {
            return;
        }
        if (s.codePoints().noneMatch(Character::isLetterOrDigit) && !out.isEmpty()) {
            out.set(out.size() - 1, out.get(out.size() - 1) + " " + s);
            return;
        }
        out.add(s);
    }
}
