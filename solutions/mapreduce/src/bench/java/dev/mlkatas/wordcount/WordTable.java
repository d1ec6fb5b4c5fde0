package dev.mlkatas.wordcount;

import java.io.IOException;
import java.util.Arrays;

/**
 * Counts of words given as UTF-8 bytes: an open-addressing hash table with linear probing, at most half
 * full. The words' bytes sit back to back in one growing array. A slot is three {@code long}s side by side,
 * so that a probe reads one cache line: the word's hash and length, where its bytes start, and its count
 * (0 for a free slot). Not thread-safe.
 */
final class WordTable {

    /** Receives the entries of the table: the word is {@code bytes[offset, offset + length)}. */
    interface Visitor {
        void entry(byte[] bytes, int offset, int length, long count) throws IOException, InterruptedException;
    }

    private static final int KEY = 0;
    private static final int OFFSET = 1;
    private static final int COUNT = 2;
    private static final int SLOT = 3;

    private byte[] words = new byte[1 << 16];
    private int used;
    private long[] slots;
    private int mask;
    private int size;

    WordTable(int expectedWords) {
        allocate(Integer.highestOneBit(Math.max(16, 2 * expectedWords - 1)) << 1);
    }

    int size() {
        return size;
    }

    /** Adds 1 to the word's count if the table holds it, and says whether it did. */
    boolean incrementIfPresent(byte[] word, int length) {
        int hash = hash(word, length);
        long key = key(hash, length);
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int at = slot * SLOT;
            if (slots[at + COUNT] == 0) {
                return false;
            }
            if (slots[at + KEY] == key && sameBytes((int) slots[at + OFFSET], word, length)) {
                slots[at + COUNT]++;
                return true;
            }
        }
    }

    /**
     * Whether the word at {@code offset} is {@code word}. A plain loop: words are short, and for a few
     * bytes {@code Arrays.equals} on ranges spends more on its checks and set-up than on comparing.
     */
    private boolean sameBytes(int offset, byte[] word, int length) {
        for (int i = 0; i < length; i++) {
            if (words[offset + i] != word[i]) {
                return false;
            }
        }
        return true;
    }

    /** Adds a word the table does not hold, with the count 1. */
    void addNew(byte[] word, int length) {
        if (2 * (size + 1) > mask + 1) {
            grow();
        }
        if (used + length > words.length) {
            words = Arrays.copyOf(words, Math.max(2 * words.length, used + length));
        }
        System.arraycopy(word, 0, words, used, length);
        int hash = hash(word, length);
        place(key(hash, length), used, 1);
        used += length;
        size++;
    }

    void forEach(Visitor visitor) throws IOException, InterruptedException {
        for (int at = 0; at < slots.length; at += SLOT) {
            if (slots[at + COUNT] != 0) {
                visitor.entry(words, (int) slots[at + OFFSET], (int) slots[at + KEY], slots[at + COUNT]);
            }
        }
    }

    void clear() {
        Arrays.fill(slots, 0);
        used = 0;
        size = 0;
    }

    private void place(long key, long offset, long count) {
        for (int slot = (int) (key >>> 32) & mask; ; slot = (slot + 1) & mask) {
            int at = slot * SLOT;
            if (slots[at + COUNT] == 0) {
                slots[at + KEY] = key;
                slots[at + OFFSET] = offset;
                slots[at + COUNT] = count;
                return;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        allocate(2 * (mask + 1));
        for (int at = 0; at < old.length; at += SLOT) {
            if (old[at + COUNT] != 0) {
                place(old[at + KEY], old[at + OFFSET], old[at + COUNT]);
            }
        }
    }

    private void allocate(int capacity) {
        slots = new long[capacity * SLOT];
        mask = capacity - 1;
    }

    /** The hash in the high half, the length in the low half: one comparison checks both. */
    private static long key(int hash, int length) {
        return ((long) hash << 32) | length;
    }

    /** A polynomial hash of the bytes, mixed so that its low bits, which pick the slot, vary. */
    private static int hash(byte[] word, int length) {
        int h = 1;
        for (int i = 0; i < length; i++) {
            h = 31 * h + word[i];
        }
        h *= 0x9E37_79B9;
        return h ^ (h >>> 16);
    }
}
