package dev.mlkatas.wordcount;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Mapper;
import org.apache.hadoop.mapreduce.Reducer;
import org.apache.hadoop.mapreduce.TaskInputOutputContext;

/**
 * Reference solution of the word-count kata, task 2: the k most frequent words, as a second job over the
 * counts of the first. Each mapper keeps the k first words of its split in a heap, O(n log k) time and O(k)
 * memory; the one reducer merges the mappers' k words each the same way. Words are copied when kept: Hadoop
 * hands a mapper and a reducer the same {@link Text} again, with new contents.
 */
public final class TopWords {

    private TopWords() {}

    /**
     * Task 2, map side: keeps the {@code k} first words of its split, written once the split is read.
     * Example: with k = 2, the lines {@code a 5}, {@code b 9}, {@code c 5} give (b, 9) and (a, 5).
     */
    public static class LocalTopMapper extends Mapper<Text, Text, Text, LongWritable> {

        /** How many words to keep: {@code wordcount.top.k}. */
        protected int k;

        private TopK top;

        @Override
        protected void setup(Context context) {
            k = WordCountJobs.topK(context.getConfiguration());
            top = new TopK(k);
        }

        @Override
        protected void map(Text word, Text count, Context context) {
            top.offer(word, Long.parseLong(count.toString()));
        }

        @Override
        protected void cleanup(Context context) throws IOException, InterruptedException {
            top.writeTo(context);
        }
    }

    /**
     * Task 2, reduce side, the only reducer: keeps the {@code k} first of every mapper's words and writes
     * them in rank order. Example: with k = 2, (a, [5]), (b, [9]), (c, [5]) give (b, 9) then (a, 5).
     */
    public static class GlobalTopReducer extends Reducer<Text, LongWritable, Text, LongWritable> {

        /** How many words to keep: {@code wordcount.top.k}. */
        protected int k;

        private TopK top;

        @Override
        protected void setup(Context context) {
            k = WordCountJobs.topK(context.getConfiguration());
            top = new TopK(k);
        }

        @Override
        protected void reduce(Text word, Iterable<LongWritable> counts, Context context) {
            long total = 0;
            for (LongWritable count : counts) {
                total += count.get();
            }
            top.offer(word, total);
        }

        @Override
        protected void cleanup(Context context) throws IOException, InterruptedException {
            top.writeTo(context);
        }
    }

    /** The k first of the (word, count) pairs offered so far, in rank order. */
    private static final class TopK {

        private record Ranked(Text word, long count) {}

        /** More frequent first; between equal counts, the smaller word (by UTF-8 bytes) first. */
        private static final Comparator<Ranked> RANK_ORDER = Comparator.comparingLong(Ranked::count).reversed()
                .thenComparing(Ranked::word);

        private final int k;
        /** The last of the kept words on top: a newcomer goes in, and when that makes k + 1 the last goes. */
        private final PriorityQueue<Ranked> kept = new PriorityQueue<>(RANK_ORDER.reversed());

        TopK(int k) {
            this.k = k;
        }

        void offer(Text word, long count) {
            kept.add(new Ranked(new Text(word), count));
            if (kept.size() > k) {
                kept.poll();
            }
        }

        void writeTo(TaskInputOutputContext<?, ?, Text, LongWritable> context)
                throws IOException, InterruptedException {
            List<Ranked> ranked = new ArrayList<>(kept);
            ranked.sort(RANK_ORDER);
            LongWritable count = new LongWritable();
            for (Ranked entry : ranked) {
                count.set(entry.count());
                context.write(entry.word(), count);
            }
        }
    }
}
