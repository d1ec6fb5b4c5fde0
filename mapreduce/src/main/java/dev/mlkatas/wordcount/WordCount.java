package dev.mlkatas.wordcount;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Mapper;
import org.apache.hadoop.mapreduce.Reducer;

/**
 * Word count, task 1: the tokenizer, the map function and the reduce function of a Hadoop job.
 *
 * <p>This is the file you edit for task 1; tasks 2 and 3 are in {@code TopWords.java} and
 * {@code CombiningWordsMapper.java}. {@code ./kata show word-count} prints the statement and {@code ./kata
 * test word-count} grades your code. The job around these classes is provided ({@link WordCountJobs}):
 * {@link WordsMapper} is the mapper, {@link SumReducer} the combiner and the reducer, and every line a
 * mapper sees is valid UTF-8.
 *
 * <p>The tokenizer, exactly: NFC-normalise the line; a word is a maximal run of code points for which
 * {@code Character.isLetterOrDigit(int)} holds, where an apostrophe (U+0027 or U+2019) with a letter
 * ({@code Character.isLetter(int)}) right before it and right after it stays inside the word; every other
 * code point separates words. Each word is lower-cased on its own with {@code toLowerCase(Locale.ROOT)},
 * and U+2019 in it is written as U+0027.
 */
public final class WordCount {

    private WordCount() {
    }

    /**
     * Task 1: the words of one line, in order, by the tokenizer above.
     *
     * <p>Example: {@code words("Don’t PANIC: 42 towels!")} is {@code [don't, panic, 42, towels]}.
     *
     * @param line one line of text, without its line break
     * @return its words, lower-cased, in the order they occur; repeats included
     */
    public static List<String> words(String line) {
        throw new UnsupportedOperationException(
                "Task 1 is yours: write the tokenizer here (./kata hint word-count when stuck)");
    }

    /**
     * Task 1, the map function: for each word of a line, in order, writes the pair (word, 1).
     *
     * <p>Example: the line {@code "To be, or not to be"} gives (to, 1), (be, 1), (or, 1), (not, 1), (to, 1),
     * (be, 1).
     */
    public static class WordsMapper extends Mapper<LongWritable, Text, Text, LongWritable> {

        @Override
        protected void map(LongWritable offset, Text line, Context context) throws IOException, InterruptedException {
            throw new UnsupportedOperationException(
                    "Task 1 is yours: write the map function here (./kata hint word-count when stuck)");
        }
    }

    /**
     * Task 1, the reduce function, which is also the combiner: writes each word once with the sum of its
     * counts.
     *
     * <p>Example: (be, [1, 1, 3]) gives (be, 5).
     */
    public static class SumReducer extends Reducer<Text, LongWritable, Text, LongWritable> {

        @Override
        protected void reduce(Text word, Iterable<LongWritable> counts, Context context)
                throws IOException, InterruptedException {
            throw new UnsupportedOperationException(
                    "Task 1 is yours: write the reduce function here (./kata hint word-count when stuck)");
        }
    }
}
