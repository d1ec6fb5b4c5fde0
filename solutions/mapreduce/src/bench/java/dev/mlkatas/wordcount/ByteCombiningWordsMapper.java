package dev.mlkatas.wordcount;

import java.io.IOException;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Mapper;

/**
 * Task 3 written for speed, which {@code WordCountBench} compares with the reference's
 * {@link CombiningWordsMapper}: the same rule, on {@link ByteTokenizer} and {@link WordTable}.
 *
 * <p>Before adding a word that is not in the map, if the map already holds {@code maxWords} words, every
 * (word, count) of the map is written and the map emptied; what is left is written when the split is done.
 * A word of a Zipf-distributed text is mostly one the map already holds, so the mapper writes a small
 * fraction of the (word, 1) pairs task 1's mapper writes, and the sort, the spills and the shuffle shrink
 * with them.
 *
 * <p>The map is a {@link WordTable}: open addressing over the words' UTF-8 bytes, kept back to back in one
 * array. Counting a word the map holds allocates nothing: no {@code String}, no {@code Text}, no boxed count,
 * and a probe reads one cache line of the table.
 */
public class ByteCombiningWordsMapper extends Mapper<LongWritable, Text, Text, LongWritable> {

    /** The most words the map may hold: {@code wordcount.combining.max-words}, 500,000 if unset. */
    private int maxWords;

    private final ByteTokenizer tokenizer = new ByteTokenizer();
    private final Text word = new Text();
    private final LongWritable count = new LongWritable();
    private WordTable table;

    @Override
    protected void setup(Context context) {
        maxWords = WordCountJobs.maxWords(context.getConfiguration());
        table = new WordTable(Math.min(maxWords, 1 << 14));
    }

    @Override
    protected void map(LongWritable offset, Text line, Context context) throws IOException, InterruptedException {
        tokenizer.tokenize(line, (utf8, length) -> {
            if (!table.incrementIfPresent(utf8, length)) {
                if (table.size() == maxWords) {
                    flush(context);
                }
                table.addNew(utf8, length);
            }
        });
    }

    @Override
    protected void cleanup(Context context) throws IOException, InterruptedException {
        flush(context);
    }

    private void flush(Context context) throws IOException, InterruptedException {
        table.forEach((bytes, offset, length, total) -> {
            word.set(bytes, offset, length);
            count.set(total);
            context.write(word, count);
        });
        table.clear();
    }
}
