package io.callbot.schedule;

import java.util.Arrays;

/**
 * A growable column of customer ids, 8 bytes each: a 10-million-customer snapshot holds 80 MB of ids. Not
 * thread-safe: filled by one pass, then read.
 */
final class CustomerIds {
    private long[] numbers = new long[1024];
    private int size;

    void add(long id) {
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, size * 2);
        }
        numbers[size++] = id;
    }

    long get(int i) {
        return numbers[i];
    }

    int size() {
        return size;
    }
}
