package dev.mlkatas.recommendations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.MapWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.Writable;
import org.apache.hadoop.mapreduce.Mapper;
import org.apache.hadoop.mapreduce.Reducer;

/**
 * Task 1: item co-occurrence with stripes. The mapper writes the basket's stripe under each of its items; the
 * reducer, also the combiner, adds an item's stripes up entry by entry.
 */
public final class CoOccurrence {

    private CoOccurrence() {
    }

    /** The items of one basket line: split at commas, stripped, the empty ones dropped. */
    public static List<String> items(String line) {
        List<String> items = new ArrayList<>();
        for (String part : line.split(",")) {
            String item = part.strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    /** Writes, for each item of a basket, the stripe of the basket's items (itself included) with 1 each. */
    public static class StripesMapper extends Mapper<LongWritable, Text, Text, MapWritable> {

        private static final LongWritable ONE = new LongWritable(1);

        private final MapWritable stripe = new MapWritable();
        private final Text key = new Text();

        @Override
        protected void map(LongWritable offset, Text line, Context context) throws IOException, InterruptedException {
            List<String> basket = items(line.toString());
            if (basket.isEmpty()) {
                return;
            }
            context.getCounter(BasketCounter.BASKETS).increment(1);
            stripe.clear();
            for (String item : basket) {
                stripe.put(new Text(item), ONE);
            }
            // Hadoop serializes the stripe at each write, so the one object serves every item.
            for (String item : basket) {
                key.set(item);
                context.write(key, stripe);
            }
        }
    }

    /** Adds up the stripes of one item, entry by entry; the job runs it as the combiner too. */
    public static class StripeSumReducer extends Reducer<Text, MapWritable, Text, MapWritable> {

        @Override
        protected void reduce(Text item, Iterable<MapWritable> stripes, Context context)
                throws IOException, InterruptedException {
            Map<String, Long> sums = new HashMap<>();
            for (MapWritable stripe : stripes) {
                for (Map.Entry<Writable, Writable> entry : stripe.entrySet()) {
                    sums.merge(entry.getKey().toString(), ((LongWritable) entry.getValue()).get(), Long::sum);
                }
            }
            MapWritable total = new MapWritable();
            for (Map.Entry<String, Long> entry : sums.entrySet()) {
                total.put(new Text(entry.getKey()), new LongWritable(entry.getValue()));
            }
            context.write(item, total);
        }
    }
}
