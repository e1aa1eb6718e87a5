package io.callbot.tts;

import java.util.StringJoiner;

/** Spells numbers as US-English words: cardinals, ordinals, years, digit strings. Stateless; any thread. */
final class EnglishNumbers {

    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final long[] SCALES = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L};
    private static final String[] SCALE_NAMES = {"trillion", "billion", "million", "thousand"};

    private EnglishNumbers() {
    }

    /** 1234 → "one thousand two hundred thirty-four" (American style, no "and"). */
    static String cardinal(long n) {
        if (n < 0) {
            return "minus " + cardinal(-n);
        }
        if (n < 1000) {
            return belowThousand((int) n);
        }
        StringJoiner words = new StringJoiner(" ");
        long rest = n;
        for (int i = 0; i < SCALES.length; i++) {
            if (rest >= SCALES[i]) {
                words.add(cardinal(rest / SCALES[i])).add(SCALE_NAMES[i]);
                rest %= SCALES[i];
            }
        }
        if (rest > 0) {
            words.add(belowThousand((int) rest));
        }
        return words.toString();
    }

    private static String belowThousand(int n) {
        if (n < 20) {
            return ONES[n];
        }
        if (n < 100) {
            return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + ONES[n % 10]);
        }
        return ONES[n / 100] + " hundred" + (n % 100 == 0 ? "" : " " + belowThousand(n % 100));
    }

    /** 3 → "third", 21 → "twenty-first", 100 → "one hundredth". */
    static String ordinal(long n) {
        String words = cardinal(n);
        int cut = Math.max(words.lastIndexOf(' '), words.lastIndexOf('-')) + 1;
        return words.substring(0, cut) + ordinalWord(words.substring(cut));
    }

    private static String ordinalWord(String word) {
        return switch (word) {
            case "one" -> "first";
            case "two" -> "second";
            case "three" -> "third";
            case "five" -> "fifth";
            case "eight" -> "eighth";
            case "nine" -> "ninth";
            case "twelve" -> "twelfth";
            default -> word.endsWith("y") ? word.substring(0, word.length() - 1) + "ieth" : word + "th";
        };
    }

    /** Years as people say them: 2026 → "twenty twenty-six", 2005 → "two thousand five", 1905 → "nineteen oh five". */
    static String year(int year) {
        if (year < 1000 || year > 9999 || year % 1000 == 0) {
            return cardinal(year);
        }
        int high = year / 100;
        int low = year % 100;
        if (low == 0) {
            return cardinal(high) + " hundred";
        }
        if (low < 10) {
            return high % 10 == 0 ? cardinal(year) : cardinal(high) + " oh " + ONES[low];
        }
        return cardinal(high) + " " + cardinal(low);
    }

    /** "4217" → "four two one seven"; characters other than digits are skipped. */
    static String digits(CharSequence digits) {
        StringJoiner words = new StringJoiner(" ");
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c >= '0' && c <= '9') {
                words.add(ONES[c - '0']);
            }
        }
        return words.toString();
    }
}
