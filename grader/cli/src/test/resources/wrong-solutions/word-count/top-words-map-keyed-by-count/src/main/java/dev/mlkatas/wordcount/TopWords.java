package dev.mlkatas.wordcount;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Mapper;
import org.apache.hadoop.mapreduce.Reducer;

/** The top k words in a map sorted by count: the smallest count is dropped once there are more than k. */
public final class TopWords {

    private TopWords() {
    }

    public static class LocalTopMapper extends Mapper<Text, Text, Text, LongWritable> {

        protected int k;

        private final TreeMap<Long, Text> top = new TreeMap<>();

        @Override
        protected void setup(Context context) {
            k = WordCountJobs.topK(context.getConfiguration());
        }

        @Override
        protected void map(Text word, Text count, Context context) {
            top.put(Long.parseLong(count.toString()), new Text(word));
            if (top.size() > k) {
                top.remove(top.firstKey());
            }
        }

        @Override
        protected void cleanup(Context context) throws IOException, InterruptedException {
            for (Map.Entry<Long, Text> entry : top.entrySet()) {
                context.write(entry.getValue(), new LongWritable(entry.getKey()));
            }
        }
    }

    public static class GlobalTopReducer extends Reducer<Text, LongWritable, Text, LongWritable> {

        protected int k;

        private final TreeMap<Long, Text> top = new TreeMap<>();

        @Override
        protected void setup(Context context) {
            k = WordCountJobs.topK(context.getConfiguration());
        }

        @Override
        protected void reduce(Text word, Iterable<LongWritable> counts, Context context) {
            long sum = 0;
            for (LongWritable count : counts) {
                sum += count.get();
            }
            top.put(sum, new Text(word));
            if (top.size() > k) {
                top.remove(top.firstKey());
            }
        }

        @Override
        protected void cleanup(Context context) throws IOException, InterruptedException {
            for (Map.Entry<Long, Text> entry : top.descendingMap().entrySet()) {
                context.write(entry.getValue(), new LongWritable(entry.getKey()));
            }
        }
    }
}
