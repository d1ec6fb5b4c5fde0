package dev.mlkatas.drivers;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;

/**
 * Hadoop's LocalJobRunner, set up for the katas' jobs: tasks in this JVM, {@code slots} map and reduce tasks at
 * a time, and every file Hadoop writes besides the output inside {@code scratch} (otherwise it writes to a
 * {@code hadoop-<user>} folder in the system's temporary directory).
 *
 * <p>Example: {@code LocalRunner.configure(conf, Files.createTempDirectory("job-"), 2)}
 *
 * <p>On a cluster every reduce task has a JVM of its own, and may keep up to
 * {@value #SHUFFLE_BUFFER} (70 % by default) of that JVM's heap for the map outputs it fetches. Here the reduce
 * tasks that run at once share one heap, so each gets that share divided by {@code slots}: two reducers at the
 * default would claim 140 % of the heap between them, and a large input ends in {@code OutOfMemoryError}
 * during the shuffle.
 */
public final class LocalRunner {

    static final String SHUFFLE_BUFFER = "mapreduce.reduce.shuffle.input.buffer.percent";

    private LocalRunner() {
    }

    public static void configure(Configuration conf, Path scratch, int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("slots must be at least 1, not " + slots);
        }
        conf.set("mapreduce.framework.name", "local");
        conf.set("hadoop.tmp.dir", scratch.resolve("tmp").toString());
        conf.set("mapreduce.jobtracker.staging.root.dir", scratch.resolve("staging").toString());
        conf.set("mapreduce.cluster.local.dir", scratch.resolve("local").toString());
        conf.setInt("mapreduce.local.map.tasks.maximum", slots);
        conf.setInt("mapreduce.local.reduce.tasks.maximum", slots);
        conf.setFloat(SHUFFLE_BUFFER, conf.getFloat(SHUFFLE_BUFFER, 0.70f) / slots);
        // The client asks every 5 s by default whether a job is done: most of a small local job's time.
        conf.setInt("mapreduce.client.completion.pollinterval", 50);
    }
}
