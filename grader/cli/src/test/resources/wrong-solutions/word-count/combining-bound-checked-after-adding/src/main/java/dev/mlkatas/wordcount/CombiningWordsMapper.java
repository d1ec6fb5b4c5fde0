package dev.mlkatas.wordcount;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Mapper;

/** Counts words in a map and writes the map out whenever it has grown past its bound. */
public class CombiningWordsMapper extends Mapper<LongWritable, Text, Text, LongWritable> {

    protected int maxWords;

    private final Map<String, long[]> counts = new HashMap<>();

    @Override
    protected void setup(Context context) {
        maxWords = WordCountJobs.maxWords(context.getConfiguration());
    }

    @Override
    protected void map(LongWritable offset, Text line, Context context) throws IOException, InterruptedException {
        for (String word : WordCount.words(line.toString())) {
            counts.computeIfAbsent(word, w -> new long[1])[0]++;
            if (counts.size() > maxWords) {
                writeAll(context);
            }
        }
    }

    @Override
    protected void cleanup(Context context) throws IOException, InterruptedException {
        writeAll(context);
    }

    private void writeAll(Context context) throws IOException, InterruptedException {
        Text out = new Text();
        LongWritable value = new LongWritable();
        for (Map.Entry<String, long[]> entry : counts.entrySet()) {
            out.set(entry.getKey());
            value.set(entry.getValue()[0]);
            context.write(out, value);
        }
        counts.clear();
    }
}
