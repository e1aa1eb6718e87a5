package io.callbot.pbx;

/**
 * Asterisk's extension matching and ordering, as {@code main/pbx.c} does it ({@code _extension_match_core} in
 * E_MATCH mode and {@code ext_cmp}): a name not starting with {@code _} matches only itself; after {@code _},
 * {@code X} is 0-9, {@code Z} 1-9, {@code N} 2-9 (either case), {@code [a-c7]} a set, {@code .} one or more of
 * anything, {@code !} zero or more, and any other character itself. {@code -} is ignored everywhere, in names and
 * in what they are matched against. Stateless.
 */
public final class ExtensionPattern {

    private ExtensionPattern() {
    }

    /** Whether {@code exten} (a name a channel is sent to) matches the dialplan extension {@code pattern}. */
    public static boolean matches(String pattern, String exten) {
        if (!pattern.startsWith("_")) {
            return stripDashes(pattern).equals(stripDashes(exten));
        }
        String p = pattern.substring(1);
        String d = exten;
        int pi = 0;
        int di = 0;
        while (true) {
            while (di < d.length() && d.charAt(di) == '-') {
                di++;
            }
            while (pi < p.length() && p.charAt(pi) == '-') {
                pi++;
            }
            if (di >= d.length() || pi >= p.length() || p.charAt(pi) == '/') {
                break;
            }
            char pc = p.charAt(pi);
            char dc = d.charAt(di);
            switch (pc) {
                case '[' -> {
                    int end = p.indexOf(']', pi + 1);
                    if (end < 0) {
                        return false;
                    }
                    if (end == pi + 1) {
                        pi = end + 1; // an empty set is ignored
                        continue;
                    }
                    if (!inSet(p, pi + 1, end, dc)) {
                        return false;
                    }
                    pi = end;
                }
                case 'n', 'N' -> {
                    if (dc < '2' || dc > '9') {
                        return false;
                    }
                }
                case 'x', 'X' -> {
                    if (dc < '0' || dc > '9') {
                        return false;
                    }
                }
                case 'z', 'Z' -> {
                    if (dc < '1' || dc > '9') {
                        return false;
                    }
                }
                case '.', '!' -> {
                    return true;
                }
                default -> {
                    if (dc != pc) {
                        return false;
                    }
                }
            }
            di++;
            pi++;
        }
        if (di < d.length()) {
            return false; // longer than the pattern
        }
        return pi >= p.length() || p.charAt(pi) == '/' || p.charAt(pi) == '!';
    }

    private static boolean inSet(String p, int from, int end, char c) {
        for (int i = from; i < end; i++) {
            if (i + 2 < end && p.charAt(i + 1) == '-') {
                if (c >= p.charAt(i) && c <= p.charAt(i + 2)) {
                    return true;
                }
                i += 2;
            } else if (c == p.charAt(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Asterisk's order of extensions in a context (the first match wins): plain names before patterns, plain names
     * by character, patterns by specificity position by position (a single character before a small set before
     * {@code X} before {@code .} before {@code !}).
     */
    public static int compare(String left, String right) {
        boolean lp = left.startsWith("_");
        boolean rp = right.startsWith("_");
        if (!lp) {
            return rp ? -1 : stripDashes(left).compareTo(stripDashes(right));
        }
        if (!rp) {
            return 1;
        }
        Cursor l = new Cursor(left.substring(1));
        Cursor r = new Cursor(right.substring(1));
        while (true) {
            boolean[] lset = new boolean[256];
            boolean[] rset = new boolean[256];
            int ls = l.next(lset);
            int rs = r.next(rset);
            int cmp = Integer.compare(ls, rs);
            if (cmp == 0) {
                cmp = compareSets(lset, rset);
            }
            if (cmp != 0 || l.ended) {
                return cmp;
            }
        }
    }

    /** Equal scores: the set holding the lower characters sorts first (pbx.c compares the bitmaps reversed). */
    private static int compareSets(boolean[] left, boolean[] right) {
        for (int c = 0; c < 256; c++) {
            if (left[c] != right[c]) {
                return left[c] ? -1 : 1;
            }
        }
        return 0;
    }

    /** Walks a pattern position by position, scoring each like {@code ext_cmp_pattern_pos}. */
    private static final class Cursor {
        private final String p;
        private int i;
        boolean ended;

        Cursor(String p) {
            this.p = p;
        }

        int next(boolean[] set) {
            while (true) {
                while (i < p.length() && p.charAt(i) == '-') {
                    i++;
                }
                if (i >= p.length()) {
                    ended = true;
                    return 0x30000;
                }
                char c = p.charAt(i++);
                switch (c) {
                    case 'n', 'N' -> {
                        fill(set, '2', '9');
                        return 0x0800 | '2';
                    }
                    case 'x', 'X' -> {
                        fill(set, '0', '9');
                        return 0x0A00 | '0';
                    }
                    case 'z', 'Z' -> {
                        fill(set, '1', '9');
                        return 0x0900 | '1';
                    }
                    case '.' -> {
                        return 0x18000;
                    }
                    case '!' -> {
                        return 0x28000;
                    }
                    case '[' -> {
                        int score = charSet(set);
                        if (score != 0) {
                            return score;
                        }
                    }
                    default -> {
                        set[c & 0xff] = true;
                        return 0x0100 | (c & 0xff);
                    }
                }
            }
        }

        /** Scores {@code [...]}: count of characters in bits 8-15, the lowest character in bits 0-7; 0 if empty. */
        private int charSet(boolean[] set) {
            int end = p.indexOf(']', i);
            if (end < 0) {
                ended = true;
                return 0x40000;
            }
            int count = 0;
            int min = 0xff;
            for (; i < end; i++) {
                char c1 = p.charAt(i);
                char c2 = c1;
                if (i + 2 < end && p.charAt(i + 1) == '-') {
                    c2 = p.charAt(i + 2);
                    i += 2;
                }
                min = Math.min(min, c1 & 0xff);
                for (int c = c1; c <= c2; c++) {
                    if (!set[c & 0xff]) {
                        set[c & 0xff] = true;
                        count += 0x100;
                    }
                }
            }
            i = end + 1;
            return count == 0 ? 0 : count | min;
        }

        private static void fill(boolean[] set, char from, char to) {
            for (char c = from; c <= to; c++) {
                set[c] = true;
            }
        }
    }

    private static String stripDashes(String s) {
        return s.indexOf('-') < 0 ? s : s.replace("-", "");
    }
}
