package dev.mlkatas.wordcount;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Mapper;
import org.apache.hadoop.mapreduce.Reducer;

/**
 * Reference solution of the word-count kata, task 1: the tokenizer, the map function and the reduce
 * function.
 *
 * <p>The mapper is where the time goes (tens of millions of words per job), so it never turns a line into a
 * {@code String} when it does not have to. A line of ASCII, with at most the apostrophe U+2019 besides, is
 * already in NFC and its letters are A to Z: it is tokenized on its UTF-8 bytes, lower-cased into a buffer
 * that is reused, and each word is written from that buffer through one reused {@link Text}. Any other line
 * takes the general path: decode, normalise, walk the code points. Both paths meet in {@link Tokenizer}, which
 * {@link CombiningWordsMapper} (task 3) and {@link #words} use too.
 *
 * <p>Counts are {@code long}: a word of a large corpus occurs more than 2^31 times.
 */
public final class WordCount {

    private WordCount() {
    }

    /**
     * Task 1: the words of one line, in order, by the kata's tokenizer.
     *
     * <p>Example: {@code words("Don’t PANIC: 42 towels!")} is {@code [don't, panic, 42, towels]}.
     *
     * @param line one line of text, without its line break
     * @return its words, lower-cased, in the order they occur; repeats included
     */
    public static List<String> words(String line) {
        Objects.requireNonNull(line, "line must not be null: pass \"\" for an empty line");
        List<String> words = new ArrayList<>();
        try {
            new Tokenizer().tokenize(new Text(line),
                    (utf8, length) -> words.add(new String(utf8, 0, length, StandardCharsets.UTF_8)));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("adding to a list neither blocks nor does I/O", e);
        }
        return words;
    }

    /**
     * Task 1, the map function: for each word of a line, in order, writes the pair (word, 1).
     *
     * <p>Example: the line {@code "To be, or not to be"} gives (to, 1), (be, 1), (or, 1), (not, 1), (to, 1),
     * (be, 1).
     */
    public static class WordsMapper extends Mapper<LongWritable, Text, Text, LongWritable> {

        private final Tokenizer tokenizer = new Tokenizer();
        // Hadoop serializes a pair when it is written, so one key and one value serve every pair.
        private final Text word = new Text();
        private final LongWritable one = new LongWritable(1);

        @Override
        protected void map(LongWritable offset, Text line, Context context) throws IOException, InterruptedException {
            tokenizer.tokenize(line, (utf8, length) -> {
                word.set(utf8, 0, length);
                context.write(word, one);
            });
        }
    }

    /**
     * Task 1, the reduce function, which is also the combiner: writes each word once with the sum of its
     * counts.
     *
     * <p>Example: (be, [1, 1, 3]) gives (be, 5).
     */
    public static class SumReducer extends Reducer<Text, LongWritable, Text, LongWritable> {

        private final LongWritable total = new LongWritable();

        @Override
        protected void reduce(Text word, Iterable<LongWritable> counts, Context context)
                throws IOException, InterruptedException {
            long sum = 0;
            for (LongWritable count : counts) {
                sum += count.get();
            }
            total.set(sum);
            context.write(word, total);
        }
    }

    /**
     * Splits lines of valid UTF-8 into lower-cased words by the kata's rule, and hands each word to a
     * {@link Sink} as UTF-8 bytes. One per task: it reuses its buffer, so it is not thread-safe.
     */
    static final class Tokenizer {

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
                        word = java.util.Arrays.copyOf(word, 2 * size);
                    }
                    word[size++] = lower;
                    i++;
                    continue;
                }
                int width = b == '\'' ? 1 : b == QUOTE_0 ? 3 : 0;
                if (width > 0 && i > 0 && isAsciiLetter(bytes[i - 1]) && i + width < length
                        && isAsciiLetter(bytes[i + width])) {
                    if (size == word.length) {
                        word = java.util.Arrays.copyOf(word, 2 * size);
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

        private static void tokenizeUnicode(String text, Sink sink) throws IOException, InterruptedException {
            String line = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                    ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
            int start = -1;
            int previous = -1;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int next = i + Character.charCount(cp);
                boolean inWord = Character.isLetterOrDigit(cp)
                        || ((cp == '\'' || cp == '\u2019') && previous >= 0 && Character.isLetter(previous)
                                && next < line.length() && Character.isLetter(line.codePointAt(next)));
                if (inWord && start < 0) {
                    start = i;
                } else if (!inWord && start >= 0) {
                    emit(line.substring(start, i), sink);
                    start = -1;
                }
                previous = cp;
                i = next;
            }
            if (start >= 0) {
                emit(line.substring(start), sink);
            }
        }

        /** Lower-cases the word on its own: a Greek capital sigma at its end becomes a final sigma. */
        private static void emit(String word, Sink sink) throws IOException, InterruptedException {
            byte[] utf8 = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').getBytes(StandardCharsets.UTF_8);
            sink.word(utf8, utf8.length);
        }
    }
}
