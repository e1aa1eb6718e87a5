package io.callbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * English number words in both directions: {@code 42 -> "forty two"} for speech, and
 * {@code "twenty one" -> 21} when normalizing what a caller said. Stateless and thread-safe.
 */
public final class NumberWords {

    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"};
    private static final long[] SCALES = {1_000_000_000L, 1_000_000L, 1_000L};
    private static final String[] SCALE_NAMES = {"billion", "million", "thousand"};
    private static final Map<String, Integer> VALUES = values();

    private NumberWords() {
    }

    /** The number spoken in words, e.g. {@code 1205 -> "one thousand two hundred five"}. */
    public static String toWords(long n) {
        if (n < 0) {
            return "minus " + toWords(-n);
        }
        if (n == 0) {
            return SMALL[0];
        }
        List<String> words = new ArrayList<>();
        long rest = n;
        for (int i = 0; i < SCALES.length; i++) {
            if (rest >= SCALES[i]) {
                words.add(belowThousand((int) (rest / SCALES[i])));
                words.add(SCALE_NAMES[i]);
                rest %= SCALES[i];
            }
        }
        if (rest > 0) {
            words.add(belowThousand((int) rest));
        }
        return String.join(" ", words);
    }

    private static String belowThousand(int n) {
        List<String> words = new ArrayList<>();
        if (n >= 100) {
            words.add(SMALL[n / 100]);
            words.add("hundred");
            n %= 100;
        }
        if (n >= 20) {
            words.add(TENS[n / 10]);
            if (n % 10 > 0) {
                words.add(SMALL[n % 10]);
            }
        } else if (n > 0) {
            words.add(SMALL[n]);
        }
        return String.join(" ", words);
    }

    /** Each digit of {@code text} as a word, other characters kept: {@code "12a" -> "one two a"}. */
    public static String digitsToWords(String text) {
        List<String> parts = new ArrayList<>();
        for (char c : text.toCharArray()) {
            if (Character.isDigit(c)) {
                parts.add(SMALL[c - '0']);
            } else if (!Character.isWhitespace(c)) {
                parts.add(String.valueOf(c));
            }
        }
        return String.join(" ", parts);
    }

    /**
     * Replaces runs of number words (below one thousand) by digits:
     * {@code [call, me, at, twenty, one] -> [call, me, at, 21]}.
     */
    public static List<String> wordsToDigits(List<String> tokens) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Integer v = VALUES.get(tokens.get(i));
            if (v == null) {
                out.add(tokens.get(i++));
                continue;
            }
            int value = v;
            i++;
            if (value >= 20 && value < 100 && i < tokens.size()) {
                Integer unit = VALUES.get(tokens.get(i));
                if (unit != null && unit > 0 && unit < 10) {
                    value += unit;
                    i++;
                }
            }
            if (value < 10 && i < tokens.size() && tokens.get(i).equals("hundred")) {
                value *= 100;
                i++;
            }
            out.add(Integer.toString(value));
        }
        return out;
    }

    private static Map<String, Integer> values() {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < SMALL.length; i++) {
            m.put(SMALL[i], i);
        }
        for (int i = 2; i < TENS.length; i++) {
            m.put(TENS[i], i * 10);
        }
        return Map.copyOf(m);
    }
}
