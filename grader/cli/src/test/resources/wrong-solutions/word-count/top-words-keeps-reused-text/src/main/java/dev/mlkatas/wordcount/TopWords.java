package dev.mlkatas.wordcount;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Mapper;
import org.apache.hadoop.mapreduce.Reducer;

/** The top k in a sorted set, in the mapper and in the reducer. */
public final class TopWords {

    private TopWords() {}

    /** A word and its count. */
    private record Entry(Text word, long count) {}

    /** Most frequent first, then the smaller word. */
    private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::count).reversed()
            .thenComparing(Entry::word);

    /** Keeps the best k entries; the worst kept one is last. */
    private static void keep(TreeSet<Entry> best, Entry entry, int k) {
        best.add(entry);
        if (best.size() > k) {
            best.pollLast();
        }
    }

    public static class LocalTopMapper extends Mapper<Text, Text, Text, LongWritable> {

        protected int k;

        private final TreeSet<Entry> best = new TreeSet<>(ORDER);

        @Override
        protected void setup(Context context) {
            k = WordCountJobs.topK(context.getConfiguration());
        }

        @Override
        protected void map(Text word, Text count, Context context) {
            keep(best, new Entry(word, Long.parseLong(count.toString())), k);
        }

        @Override
        protected void cleanup(Context context) throws IOException, InterruptedException {
            for (Entry entry : best) {
                context.write(entry.word(), new LongWritable(entry.count()));
            }
        }
    }

    public static class GlobalTopReducer extends Reducer<Text, LongWritable, Text, LongWritable> {

        protected int k;

        private final TreeSet<Entry> best = new TreeSet<>(ORDER);

        @Override
        protected void setup(Context context) {
            k = WordCountJobs.topK(context.getConfiguration());
        }

        @Override
        protected void reduce(Text word, Iterable<LongWritable> counts, Context context) {
            long total = 0;
            for (LongWritable count : counts) {
                total += count.get();
            }
            keep(best, new Entry(word, total), k);
        }

        @Override
        protected void cleanup(Context context) throws IOException, InterruptedException {
            List<Entry> ordered = new ArrayList<>(best);
            for (Entry entry : ordered) {
                context.write(entry.word(), new LongWritable(entry.count()));
            }
        }
    }
}
