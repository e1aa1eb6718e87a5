package io.callbot.schedule;

import java.util.Arrays;

/**
 * A growable column of customer ids: 8 bytes each while every id is a number in canonical form (the customer
 * store's ids), a String reference each once any id is not. A 10-million-customer snapshot thus holds 80 MB of
 * ids, not the ~600 MB of as many Strings. Not thread-safe: filled by one pass, then read.
 */
final class CustomerIds {
    private long[] numbers = new long[1024];
    private String[] texts;
    private int size;

    void add(String id) {
        if (texts == null) {
            long n = canonicalNumber(id);
            if (n >= 0) {
                if (size == numbers.length) {
                    numbers = Arrays.copyOf(numbers, size * 2);
                }
                numbers[size++] = n;
                return;
            }
            texts = new String[Math.max(1024, numbers.length)];
            for (int i = 0; i < size; i++) {
                texts[i] = Long.toString(numbers[i]);
            }
            numbers = null;
        }
        if (size == texts.length) {
            texts = Arrays.copyOf(texts, size * 2);
        }
        texts[size++] = id;
    }

    String get(int i) {
        return texts == null ? Long.toString(numbers[i]) : texts[i];
    }

    int size() {
        return size;
    }

    /** The id as a non-negative number, or -1 when it is not one written the way {@link Long#toString} would. */
    private static long canonicalNumber(String id) {
        int n = id.length();
        if (n == 0 || n > 18 || (n > 1 && id.charAt(0) == '0')) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char ch = id.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }
}
