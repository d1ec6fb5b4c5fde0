package dev.mlkatas.recommendations;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.MapWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.Writable;
import org.apache.hadoop.mapreduce.Mapper;
import org.apache.hadoop.mapreduce.Reducer;

/**
 * Task 1: item co-occurrence with the stripes pattern. The stripe of an item maps every item of its baskets
 * to the number of baskets they share; the item itself maps to the number of baskets that hold it.
 *
 * <p>Example: the basket line {@code milk, bread, milk} is the basket {@code [milk, bread]}, and the mapper
 * writes {@code (milk, {milk=1, bread=1})} and {@code (bread, {milk=1, bread=1})}.
 */
public final class CoOccurrence {

    private CoOccurrence() {
    }

    /**
     * The items of one basket line: split at commas, each item trimmed, empty ones dropped, each item once,
     * in the order of first appearance.
     *
     * <p>Example: {@code items(" milk,bread ,,milk")} is {@code [milk, bread]}.
     */
    public static List<String> items(String line) {
        Set<String> items = new LinkedHashSet<>();
        for (String part : line.split(",")) {
            String item = part.strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return List.copyOf(items);
    }

    /** Writes, for each distinct item of a basket, the stripe of the basket's items (itself included) with 1 each. */
    public static class StripesMapper extends Mapper<LongWritable, Text, Text, MapWritable> {

        private static final LongWritable ONE = new LongWritable(1);
        private final Text item = new Text();
        private final MapWritable stripe = new MapWritable();

        @Override
        protected void map(LongWritable offset, Text line, Context context) throws IOException, InterruptedException {
            List<String> basket = items(line.toString());
            if (basket.isEmpty()) {
                return;
            }
            context.getCounter(BasketCounter.BASKETS).increment(1);
            stripe.clear();
            for (String other : basket) {
                stripe.put(new Text(other), ONE);
            }
            // The stripe is serialized at each write, so one map serves every item of the basket.
            for (String each : basket) {
                item.set(each);
                context.write(item, stripe);
            }
        }
    }

    /** Adds up the stripes of one item, entry by entry; the job runs it as the combiner too. */
    public static class StripeSumReducer extends Reducer<Text, MapWritable, Text, MapWritable> {

        private final MapWritable sum = new MapWritable();

        @Override
        protected void reduce(Text item, Iterable<MapWritable> stripes, Context context)
                throws IOException, InterruptedException {
            Map<String, Long> totals = new TreeMap<>();
            for (MapWritable stripe : stripes) {
                for (Map.Entry<Writable, Writable> entry : stripe.entrySet()) {
                    totals.merge(entry.getKey().toString(), ((LongWritable) entry.getValue()).get(), Long::sum);
                }
            }
            sum.clear();
            totals.forEach((other, count) -> sum.put(new Text(other), new LongWritable(count)));
            context.write(item, sum);
        }
    }
}
