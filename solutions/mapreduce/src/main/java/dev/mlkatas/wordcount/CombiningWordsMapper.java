package dev.mlkatas.wordcount;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Mapper;

/**
 * Reference solution of the word-count kata, task 3: in-mapper combining with a bounded map.
 *
 * <p>Before adding a word that is not in the map, if the map already holds {@code maxWords} words, every
 * (word, count) of the map is written and the map emptied; what is left is written when the split is done.
 * A word of a Zipf-distributed text is mostly one the map already holds, so the mapper writes a small
 * fraction of the (word, 1) pairs task 1's mapper writes, and the sort, the spills and the shuffle shrink
 * with them. A table keyed by the words' UTF-8 bytes, which allocates nothing per word, is faster still; it
 * lives beside the kata's benchmark.
 *
 * <p>Example: with maxWords = 2, the line {@code "a b a c b"} writes (a, 2) and (b, 1) when {@code c}
 * arrives, then (c, 1) and (b, 1) at the end.
 */
public class CombiningWordsMapper extends Mapper<LongWritable, Text, Text, LongWritable> {

    /** The most words the map may hold: {@code wordcount.combining.max-words}, 500,000 if unset. */
    protected int maxWords;

    private final Map<String, Long> counts = new HashMap<>();
    private final Text word = new Text();
    private final LongWritable count = new LongWritable();

    @Override
    protected void setup(Context context) {
        maxWords = WordCountJobs.maxWords(context.getConfiguration());
    }

    @Override
    protected void map(LongWritable offset, Text line, Context context) throws IOException, InterruptedException {
        for (String w : WordCount.words(line.toString())) {
            if (counts.size() >= maxWords && !counts.containsKey(w)) {
                flush(context);
            }
            counts.merge(w, 1L, Long::sum);
        }
    }

    @Override
    protected void cleanup(Context context) throws IOException, InterruptedException {
        flush(context);
    }

    private void flush(Context context) throws IOException, InterruptedException {
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            word.set(entry.getKey());
            count.set(entry.getValue());
            context.write(word, count);
        }
        counts.clear();
    }
}
