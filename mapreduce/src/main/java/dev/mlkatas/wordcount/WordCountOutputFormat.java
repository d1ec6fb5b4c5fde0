package dev.mlkatas.wordcount;

import java.io.IOException;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.RecordWriter;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.TextOutputFormat;

/**
 * Hadoop's {@link TextOutputFormat} ({@code word<TAB>count} lines in {@code part-r-*} files) that also counts
 * what the reducers write: {@link WordCountCounter#WORDS} (the sum of the counts) and
 * {@link WordCountCounter#DISTINCT_WORDS} (one per line). Counting here, and not in the reducer, keeps the
 * numbers right whatever the reducer is and however often it also ran as the combiner.
 *
 * <p>Example: {@code job.setOutputFormatClass(WordCountOutputFormat.class)}
 */
public final class WordCountOutputFormat extends TextOutputFormat<Text, LongWritable> {

    @Override
    public RecordWriter<Text, LongWritable> getRecordWriter(TaskAttemptContext context)
            throws IOException, InterruptedException {
        RecordWriter<Text, LongWritable> lines = super.getRecordWriter(context);
        // Named in full: the output format inherits an enum called Counter.
        org.apache.hadoop.mapreduce.Counter words = context.getCounter(WordCountCounter.WORDS);
        org.apache.hadoop.mapreduce.Counter distinctWords = context.getCounter(WordCountCounter.DISTINCT_WORDS);
        return new RecordWriter<>() {

            @Override
            public void write(Text word, LongWritable count) throws IOException, InterruptedException {
                lines.write(word, count);
                words.increment(count.get());
                distinctWords.increment(1);
            }

            @Override
            public void close(TaskAttemptContext closing) throws IOException, InterruptedException {
                lines.close(closing);
            }
        };
    }
}
