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

/**
 * Reference solution of the word-count kata, task 2: the k most frequent words, as a second job over the
 * counts of the first.
 *
 * <p>Each mapper keeps the k first words of its split in a heap of at most k entries whose top is the last of
 * them, so a newcomer is compared with that one alone: O(n log k) time and O(k) memory per mapper. The mappers
 * write k words each, and the one reducer merges the m·k candidates the same way. Words are copied when they
 * are kept: Hadoop hands a mapper and a reducer the same {@link Text} object again and again, with new
 * contents each time.
 */
public final class TopWords {

    /** More frequent first; between equal counts, the smaller word (by UTF-8 bytes) first. */
    static final Comparator<Ranked> RANK_ORDER =
            Comparator.comparingLong(Ranked::count).reversed().thenComparing(Ranked::word);

    private TopWords() {
    }

    /** A word and its count; the word is the heap's own copy. */
    record Ranked(Text word, long count) {}

    /**
     * Task 2, map side: keeps the {@code k} first words of its split in rank order, and writes them as
     * (word, count) once the split is read.
     *
     * <p>Example: with k = 2, the lines {@code a 5}, {@code b 9}, {@code c 5} give (b, 9) and (a, 5).
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
            top.offer(word, parseCount(word, count));
        }

        @Override
        protected void cleanup(Context context) throws IOException, InterruptedException {
            top.writeTo(context);
        }
    }

    /**
     * Task 2, reduce side, the only reducer: gets every mapper's words, keeps the {@code k} first in rank
     * order, and writes them as (word, count) in that order.
     *
     * <p>Example: with k = 2, (a, [5]), (b, [9]), (c, [5]) give (b, 9) then (a, 5).
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
            // A word comes from one part file of the count job, so once; adding keeps any other input right.
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
    static final class TopK {

        private final int k;
        /** The last of the kept words on top: the one a newcomer has to beat. */
        private final PriorityQueue<Ranked> kept;

        TopK(int k) {
            this.k = k;
            this.kept = new PriorityQueue<>(Math.min(k, 1 << 10) + 1, RANK_ORDER.reversed());
        }

        void offer(Text word, long count) {
            if (kept.size() < k) {
                kept.add(new Ranked(new Text(word), count));
                return;
            }
            Ranked last = kept.peek();
            if (count > last.count() || (count == last.count() && word.compareTo(last.word()) < 0)) {
                kept.poll();
                kept.add(new Ranked(new Text(word), count));
            }
        }

        List<Ranked> inRankOrder() {
            List<Ranked> ranked = new ArrayList<>(kept);
            ranked.sort(RANK_ORDER);
            return ranked;
        }

        <K, V> void writeTo(org.apache.hadoop.mapreduce.TaskInputOutputContext<K, V, Text, LongWritable> context)
                throws IOException, InterruptedException {
            LongWritable count = new LongWritable();
            for (Ranked ranked : inRankOrder()) {
                count.set(ranked.count());
                context.write(ranked.word(), count);
            }
        }
    }

    private static long parseCount(Text word, Text count) {
        try {
            return Long.parseLong(count.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the count of '" + word + "' is not a whole number: '" + count + "'", e);
        }
    }
}
