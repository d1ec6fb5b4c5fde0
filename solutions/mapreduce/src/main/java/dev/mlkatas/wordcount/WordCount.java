package dev.mlkatas.wordcount;

import java.io.IOException;
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
 * function. The tokenizer walks the normalised line by code point; the mapper and the reducer reuse one
 * {@link Text} and one {@link LongWritable}, since Hadoop serializes a pair as soon as it is written. Counts
 * are {@code long}: a word of a large corpus occurs more than 2^31 times. A tokenizer that works on the
 * line's UTF-8 bytes and allocates nothing per word is faster; it lives beside the kata's benchmark.
 */
public final class WordCount {

    private WordCount() {
    }

    /**
     * Task 1: the words of one line, in order, lower-cased, repeats included.
     *
     * <p>Example: {@code words("Don’t PANIC: 42 towels!")} is {@code [don't, panic, 42, towels]}.
     */
    public static List<String> words(String line) {
        String text = Normalizer.normalize(
                Objects.requireNonNull(line, "line must not be null: pass \"\" for an empty line"),
                Normalizer.Form.NFC);
        List<String> words = new ArrayList<>();
        int start = -1;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean inWord = Character.isLetterOrDigit(cp) || (isApostrophe(cp) && Character.isLetter(previous)
                    && next < text.length() && Character.isLetter(text.codePointAt(next)));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(lowerCase(text.substring(start, i)));
                start = -1;
            }
            previous = cp;
            i = next;
        }
        if (start >= 0) {
            words.add(lowerCase(text.substring(start)));
        }
        return words;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    /** Each word on its own: a Greek capital sigma at the end of a word becomes a final sigma. */
    private static String lowerCase(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /**
     * Task 1, the map function: for each word of a line, in order, writes the pair (word, 1).
     *
     * <p>Example: the line {@code "To be, or not to be"} gives (to, 1), (be, 1), (or, 1), (not, 1), (to, 1),
     * (be, 1).
     */
    public static class WordsMapper extends Mapper<LongWritable, Text, Text, LongWritable> {

        private final Text word = new Text();
        private final LongWritable one = new LongWritable(1);

        @Override
        protected void map(LongWritable offset, Text line, Context context) throws IOException, InterruptedException {
            for (String w : words(line.toString())) {
                word.set(w);
                context.write(word, one);
            }
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
}
