package dev.mlkatas.recommendations;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.MapWritable;
import org.apache.hadoop.io.Text;
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
        throw new UnsupportedOperationException(
                "Task 1: split the basket line into its distinct items (see statement.md)");
    }

    /** Writes, for each distinct item of a basket, the stripe of the basket's items (itself included) with 1 each. */
    public static class StripesMapper extends Mapper<LongWritable, Text, Text, MapWritable> {

        @Override
        protected void map(LongWritable offset, Text line, Context context) throws IOException, InterruptedException {
            throw new UnsupportedOperationException(
                "Task 1: write each item's stripe of the basket (see statement.md)");
        }
    }

    /** Adds up the stripes of one item, entry by entry; the job runs it as the combiner too. */
    public static class StripeSumReducer extends Reducer<Text, MapWritable, Text, MapWritable> {

        @Override
        protected void reduce(Text item, Iterable<MapWritable> stripes, Context context)
                throws IOException, InterruptedException {
            throw new UnsupportedOperationException(
                "Task 1: add up the item's stripes entry by entry (see statement.md)");
        }
    }
}
