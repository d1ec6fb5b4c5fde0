package dev.mlkatas.recommendations;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.MapWritable;
import org.apache.hadoop.io.SequenceFile;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.Writable;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.hadoop.mapreduce.lib.output.SequenceFileOutputFormat;

/**
 * The wiring of the co-occurrence job, shared by the drivers, the tests and the benchmark, and the reader of
 * what it wrote. Nothing here counts a basket; that is the candidate's code.
 *
 * <p>Example:
 * <pre>{@code
 * Job job = CoOccurrenceJobs.stripesJob(conf, List.of(new Path("baskets")), new Path("stripes"), true, 2);
 * job.waitForCompletion(false);
 * CoCounts counts = CoOccurrenceJobs.read(conf, new Path("stripes"), CoOccurrenceJobs.baskets(job));
 * }</pre>
 */
public final class CoOccurrenceJobs {

    private CoOccurrenceJobs() {
    }

    /**
     * The stripes job: basket lines in, one (item, stripe) record per item out, as sequence files of
     * {@code Text} and {@code MapWritable} ({@code hadoop fs -text} shows them), one per reducer.
     *
     * @param combiner whether {@link CoOccurrence.StripeSumReducer} also runs as the combiner
     */
    public static Job stripesJob(Configuration conf, List<Path> inputs, Path output, boolean combiner, int reducers)
            throws IOException {
        Job job = Job.getInstance(conf, "item co-occurrence (stripes)");
        job.setJarByClass(CoOccurrenceJobs.class);
        job.setInputFormatClass(TextInputFormat.class);
        FileInputFormat.setInputDirRecursive(job, true);
        for (Path input : inputs) {
            FileInputFormat.addInputPath(job, input);
        }
        job.setMapperClass(CoOccurrence.StripesMapper.class);
        if (combiner) {
            job.setCombinerClass(CoOccurrence.StripeSumReducer.class);
        }
        job.setReducerClass(CoOccurrence.StripeSumReducer.class);
        job.setNumReduceTasks(reducers);
        job.setMapOutputKeyClass(Text.class);
        job.setMapOutputValueClass(MapWritable.class);
        job.setOutputKeyClass(Text.class);
        job.setOutputValueClass(MapWritable.class);
        job.setOutputFormatClass(SequenceFileOutputFormat.class);
        FileOutputFormat.setOutputPath(job, output);
        return job;
    }

    /** The baskets a finished stripes job read: its {@link BasketCounter#BASKETS} counter. */
    public static long baskets(Job job) throws IOException {
        return job.getCounters().findCounter(BasketCounter.BASKETS).getValue();
    }

    /**
     * Reads every part file of a stripes job's output into counts.
     *
     * @throws IOException if an item appears in two records, which a correct job never writes
     */
    public static CoCounts read(Configuration conf, Path output, long baskets) throws IOException {
        FileSystem fs = output.getFileSystem(conf);
        Map<String, Map<String, Long>> stripes = new HashMap<>();
        for (FileStatus status : fs.listStatus(output)) {
            if (!status.getPath().getName().startsWith("part-")) {
                continue;
            }
            try (SequenceFile.Reader reader = new SequenceFile.Reader(conf,
                    SequenceFile.Reader.file(status.getPath()))) {
                Text item = new Text();
                MapWritable stripe = new MapWritable();
                while (reader.next(item, stripe)) {
                    Map<String, Long> counts = new HashMap<>();
                    for (Map.Entry<Writable, Writable> entry : stripe.entrySet()) {
                        counts.put(entry.getKey().toString(), ((LongWritable) entry.getValue()).get());
                    }
                    if (stripes.put(item.toString(), Map.copyOf(counts)) != null) {
                        throw new IOException("item '" + item + "' is written twice in " + output);
                    }
                }
            }
        }
        return new CoCounts(baskets, stripes);
    }
}
