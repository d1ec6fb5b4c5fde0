package dev.mlkatas.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.mapreduce.v2.MiniMRYarnCluster;
import org.apache.hadoop.util.ToolRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The stripes job the way {@code hadoop jar ... CoOccurrenceDriver -D mapreduce.framework.name=yarn <in> <out>}
 * runs it, on Hadoop's mini cluster: HDFS and YARN in this JVM, the application master and every task in a
 * container JVM of its own. One cluster for the class: starting it takes most of its time.
 */
@DisplayName("Task 1 on a cluster: HDFS and YARN, as hadoop jar runs the stripes job")
class CoOccurrenceClusterTest {

    private static final List<String> BASKETS = List.of("Whole Milk,Bananas,Spaghetti", "Spaghetti,Marinara Sauce",
            "Bananas, Bananas ,Oat Milk", "", "Marinara Sauce,Spaghetti,Whole Milk", "Limes");

    /** Guice, inside YARN's web apps, logs through java.util.logging; held here, or its level is forgotten. */
    private static final Logger GUICE = Logger.getLogger("com.google.inject");

    private static java.nio.file.Path base;
    private static String testDataBefore;
    private static MiniDFSCluster dfs;
    private static MiniMRYarnCluster yarn;

    @BeforeAll
    static void startCluster() throws IOException {
        GUICE.setLevel(Level.SEVERE);
        base = Files.createTempDirectory("recommendations-cluster-");
        // The mini YARN cluster keeps its folders under this property, by default target/ of the working directory.
        testDataBefore = System.setProperty("test.build.data", base.resolve("yarn").toString());
        Configuration conf = new Configuration();
        conf.set("hadoop.tmp.dir", base.resolve("tmp").toString());
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.resolve("hdfs").toString());
        dfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        conf.set("fs.defaultFS", dfs.getFileSystem().getUri().toString());

        // Small containers, so that the application master, two maps and two reduces run side by side.
        conf.setInt("yarn.scheduler.minimum-allocation-mb", 256);
        conf.setInt("yarn.app.mapreduce.am.resource.mb", 512);
        conf.setInt("mapreduce.map.memory.mb", 512);
        conf.setInt("mapreduce.reduce.memory.mb", 512);
        // Short-lived container JVMs start faster with the quick compiler alone and the simplest collector.
        String containerJvm = "-Xmx320m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";
        conf.set("yarn.app.mapreduce.am.command-opts", containerJvm);
        conf.set("mapreduce.map.java.opts", containerJvm);
        conf.set("mapreduce.reduce.java.opts", containerJvm);
        // Containers run on this JDK too, which needs Hadoop's --add-opens flags.
        conf.setBoolean("mapreduce.jvm.add-opens-as-default", true);
        // One attempt each: a task that fails (an unsolved stub) fails the job at once instead of four times.
        conf.setInt("mapreduce.map.maxattempts", 1);
        conf.setInt("mapreduce.reduce.maxattempts", 1);
        conf.setInt("mapreduce.am.max-attempts", 1);
        conf.setInt("yarn.resourcemanager.am.max-attempts", 1);
        // Heartbeats and polls every 100 ms instead of every second or five: most of a small job's time.
        conf.setInt("yarn.resourcemanager.nodemanagers.heartbeat-interval-ms", 100);
        conf.setInt("yarn.app.mapreduce.am.scheduler.heartbeat.interval-ms", 100);
        conf.setInt("mapreduce.client.completion.pollinterval", 100);
        conf.setInt("mapreduce.client.progressmonitor.pollinterval", 100);
        // Without these, stopping the node manager waits many seconds for containers and their logs.
        conf.setLong("yarn.nodemanager.sleep-delay-before-sigkill.ms", 100);
        conf.setLong("yarn.nodemanager.process-kill-wait.ms", 100);
        conf.setLong("yarn.nodemanager.log.retain-seconds", 1);

        yarn = new MiniMRYarnCluster("recommendations", 1);
        yarn.init(conf);
        yarn.start();
    }

    @AfterAll
    static void stopCluster() throws IOException {
        try {
            if (yarn != null) {
                yarn.stop();
            }
            if (dfs != null) {
                dfs.shutdown();
            }
        } finally {
            if (testDataBefore == null) {
                System.clearProperty("test.build.data");
            } else {
                System.setProperty("test.build.data", testDataBefore);
            }
            try (Stream<java.nio.file.Path> paths = Files.walk(base)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @DisplayName("counts HDFS basket lines in map and reduce containers on YARN, through the driver")
    void countsOnYarn() throws Exception {
        FileSystem hdfs = dfs.getFileSystem();
        try (OutputStream out = hdfs.create(new Path("/baskets/orders.txt"))) {
            out.write((String.join("\n", BASKETS) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = ToolRunner.run(new Configuration(yarn.getConfig()), new CoOccurrenceDriver(o, e),
                    new String[] {"-D", "mapreduce.framework.name=yarn", "--reducers", "2", "/baskets", "/stripes"});
        }

        assertThat(exit).as("exit code; stderr: %s", err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(hdfs.exists(new Path("/stripes/_SUCCESS"))).isTrue();
        assertThat(hdfs.exists(new Path("/stripes/part-r-00001"))).isTrue();
        assertThat(CoOccurrenceJobs.read(hdfs.getConf(), new Path("/stripes"), 5)).isEqualTo(Baskets.count(BASKETS));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("on the cluster").contains("5 baskets, 6 items");
    }
}
