package dev.mlkatas.wordcount;

import java.io.IOException;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Mapper;
import org.apache.hadoop.mapreduce.Reducer;

/**
 * Word count, task 2: the k most frequent words, as a second job over the counts of the first.
 *
 * <p>This is the file you edit for task 2. The job is provided ({@link WordCountJobs#topWordsJob}): it reads
 * the {@code word<TAB>count} lines of the count job, gives them to {@link LocalTopMapper} as (word, count)
 * pairs of {@link Text}, and sends what the mappers write to one {@link GlobalTopReducer}. {@code k} is in
 * the configuration; {@code setup} reads it for you.
 *
 * <p>The order, exactly: more frequent first; between words of the same count, the smaller word first, where
 * words compare as {@link Text} does (by their UTF-8 bytes, which is code point order).
 */
public final class TopWords {

    private TopWords() {
    }

    /**
     * Task 2, map side: keeps the {@code k} first words of its split in the order above, and writes them as
     * (word, count) once the split is read.
     *
     * <p>Example: with k = 2, the lines {@code a 5}, {@code b 9}, {@code c 5} give (b, 9) and (a, 5).
     */
    public static class LocalTopMapper extends Mapper<Text, Text, Text, LongWritable> {

        /** How many words to keep: {@code wordcount.top.k}. */
        protected int k;

        @Override
        protected void setup(Context context) {
            k = WordCountJobs.topK(context.getConfiguration());
        }

        @Override
        protected void map(Text word, Text count, Context context) throws IOException, InterruptedException {
            throw new UnsupportedOperationException(
                    "Task 2 is yours: keep the k most frequent words of the split (./kata hint word-count when stuck)");
        }

        @Override
        protected void cleanup(Context context) throws IOException, InterruptedException {
            throw new UnsupportedOperationException(
                    "Task 2 is yours: write the words you kept here (./kata hint word-count when stuck)");
        }
    }

    /**
     * Task 2, reduce side, the only reducer: gets every mapper's words, keeps the {@code k} first in the order
     * above, and writes them as (word, count) in that order.
     *
     * <p>Example: with k = 2, (a, [5]), (b, [9]), (c, [5]) give (b, 9) then (a, 5).
     */
    public static class GlobalTopReducer extends Reducer<Text, LongWritable, Text, LongWritable> {

        /** How many words to keep: {@code wordcount.top.k}. */
        protected int k;

        @Override
        protected void setup(Context context) {
            k = WordCountJobs.topK(context.getConfiguration());
        }

        @Override
        protected void reduce(Text word, Iterable<LongWritable> counts, Context context)
                throws IOException, InterruptedException {
            throw new UnsupportedOperationException(
                    "Task 2 is yours: keep the k most frequent words overall (./kata hint word-count when stuck)");
        }

        @Override
        protected void cleanup(Context context) throws IOException, InterruptedException {
            throw new UnsupportedOperationException(
                    "Task 2 is yours: write the top k words, most frequent first (./kata hint word-count when stuck)");
        }
    }
}
