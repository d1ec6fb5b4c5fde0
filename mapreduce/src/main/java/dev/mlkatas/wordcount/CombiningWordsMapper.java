package dev.mlkatas.wordcount;

import java.io.IOException;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Mapper;

/**
 * Word count, task 3: in-mapper combining. Instead of one (word, 1) pair per word, add the counts up in a
 * map inside the mapper and write each word once with its count, so that far fewer records are sorted,
 * spilled and shuffled. The map is bounded: it never holds more than {@code maxWords} words.
 *
 * <p>This is the file you edit for task 3. The rule, exactly: for each word of each line (the task 1
 * tokenizer), add 1 to its count in the map; before adding a word that is not in the map, if the map already
 * holds {@code maxWords} words, write every (word, count) of the map, in any order, and empty it. When the
 * split is done, write what is left.
 *
 * <p>Example: with maxWords = 2, the line {@code "a b a c b"} writes (a, 2) and (b, 1) when {@code c}
 * arrives, then (c, 1) and (b, 1) at the end.
 */
public class CombiningWordsMapper extends Mapper<LongWritable, Text, Text, LongWritable> {

    /** The most words the map may hold: {@code wordcount.combining.max-words}, 500,000 if unset. */
    protected int maxWords;

    @Override
    protected void setup(Context context) {
        maxWords = WordCountJobs.maxWords(context.getConfiguration());
    }

    @Override
    protected void map(LongWritable offset, Text line, Context context) throws IOException, InterruptedException {
        throw new UnsupportedOperationException(
                "Task 3 is yours: add the line's words up in a bounded map (./kata hint word-count when stuck)");
    }

    @Override
    protected void cleanup(Context context) throws IOException, InterruptedException {
        throw new UnsupportedOperationException(
                "Task 3 is yours: write what is left in the map (./kata hint word-count when stuck)");
    }
}
