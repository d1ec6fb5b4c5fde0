package dev.mlkatas.wordcount;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.hadoop.io.Text;

/**
 * The kata's tokenizer, written for speed: it splits lines of valid UTF-8 into lower-cased words by the kata's
 * rule and hands each word to a {@link Sink} as UTF-8 bytes, without a {@code String} per word.
 *
 * <p>A line of ASCII, with at most the apostrophe U+2019 besides, is already in NFC and its letters are A to
 * Z: it is tokenized on its bytes, lower-cased into a buffer that is reused. Any other line takes the general
 * path of the reference ({@link WordCount#words}): decode, normalise, walk the code points. Its words are the
 * reference's, which {@code WordCountBench} checks on its input; one per task, since it reuses its buffer.
 */
final class ByteTokenizer {

    /** Receives the words of a line, one call per word. */
    interface Sink {

        /** {@code utf8[0, length)} is the word; the array is reused once this returns. */
        void word(byte[] utf8, int length) throws IOException, InterruptedException;
    }

    /** U+2019 RIGHT SINGLE QUOTATION MARK in UTF-8. */
    private static final byte QUOTE_0 = (byte) 0xE2;
    private static final byte QUOTE_1 = (byte) 0x80;
    private static final byte QUOTE_2 = (byte) 0x99;
    /** Reads eight bytes of a line at once, to find the first non-ASCII byte eight times faster. */
    private static final VarHandle EIGHT_BYTES =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
    /** For each ASCII byte: its lower case if it is a letter or a digit, else 0. */
    private static final byte[] WORD_BYTE = new byte[128];

    static {
        for (int c = '0'; c <= '9'; c++) {
            WORD_BYTE[c] = (byte) c;
        }
        for (int c = 'a'; c <= 'z'; c++) {
            WORD_BYTE[c] = (byte) c;
            WORD_BYTE[c - 'a' + 'A'] = (byte) c;
        }
    }

    private byte[] word = new byte[64];

    void tokenize(Text line, Sink sink) throws IOException, InterruptedException {
        byte[] bytes = line.getBytes();
        int length = line.getLength();
        if (isAsciiWithQuotes(bytes, length)) {
            tokenizeAscii(bytes, length, sink);
        } else {
            tokenizeUnicode(line.toString(), sink);
        }
    }

    /**
     * Whether every code point is ASCII or U+2019. Such a line is its own NFC (no ASCII character or U+2019
     * composes with what follows it unless a combining mark follows), and its letters are A to Z.
     */
    private static boolean isAsciiWithQuotes(byte[] bytes, int length) {
        int i = 0;
        while (i < length) {
            if (i + Long.BYTES <= length && ((long) EIGHT_BYTES.get(bytes, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
            } else if (bytes[i] >= 0) {
                i++;
            } else if (i + 2 < length && bytes[i] == QUOTE_0 && bytes[i + 1] == QUOTE_1 && bytes[i + 2] == QUOTE_2) {
                i += 3;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Tokenizes a line that {@link #isAsciiWithQuotes} accepted: every negative byte starts a U+2019. */
    private void tokenizeAscii(byte[] bytes, int length, Sink sink) throws IOException, InterruptedException {
        int size = 0;
        int i = 0;
        while (i < length) {
            byte b = bytes[i];
            byte lower = b >= 0 ? WORD_BYTE[b] : 0;
            if (lower != 0) {
                if (size == word.length) {
                    word = Arrays.copyOf(word, 2 * size);
                }
                word[size++] = lower;
                i++;
                continue;
            }
            int width = b == '\'' ? 1 : b == QUOTE_0 ? 3 : 0;
            if (width > 0 && i > 0 && isAsciiLetter(bytes[i - 1]) && i + width < length
                    && isAsciiLetter(bytes[i + width])) {
                if (size == word.length) {
                    word = Arrays.copyOf(word, 2 * size);
                }
                word[size++] = '\'';
                i += width;
                continue;
            }
            if (size > 0) {
                sink.word(word, size);
                size = 0;
            }
            i += Math.max(width, 1);
        }
        if (size > 0) {
            sink.word(word, size);
        }
    }

    private static boolean isAsciiLetter(byte b) {
        return b >= 'A' && WORD_BYTE[b] >= 'a';
    }

    /** The reference's tokenizer, for the lines that are not ASCII with U+2019. */
    private static void tokenizeUnicode(String text, Sink sink) throws IOException, InterruptedException {
        for (String word : WordCount.words(text)) {
            byte[] utf8 = word.getBytes(StandardCharsets.UTF_8);
            sink.word(utf8, utf8.length);
        }
    }
}
