package dev.mlkatas.customersummary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The summary job the way {@code hadoop jar ... CustomerSummaryDriver -D mapreduce.framework.name=yarn
 * --calibration-end <day> <in> <out>} runs it, on Hadoop's mini cluster: HDFS and YARN in this JVM, the
 * application master and every task in a container JVM of its own. One cluster for the class, set up as the
 * co-occurrence job's cluster test sets up its own.
 */
@DisplayName("The customer-summary job on a cluster: HDFS and YARN, as hadoop jar runs it")
class CustomerSummaryClusterTest {

    private static final List<String> ORDERS = List.of("Amount,Customer_ID,Date", "10.00,C1,2024-01-01",
            "30.00,C1,2024-01-29", "20.00,C1,2024-01-15", "5.00,C1,2024-01-15", "8.00,\"Smith, J\",2024-01-20",
            "", "4.00,\"Smith, J\",2024-03-01", "1.00,C3,2024-02-20");

    /** Guice, inside YARN's web apps, logs through java.util.logging; held here, or its level is forgotten. */
    private static final Logger GUICE = Logger.getLogger("com.google.inject");

    private static java.nio.file.Path base;
    private static String testDataBefore;
    private static MiniDFSCluster dfs;
    private static MiniMRYarnCluster yarn;

    @BeforeAll
    static void startCluster() throws IOException {
        GUICE.setLevel(Level.SEVERE);
        base = Files.createTempDirectory("customer-summary-cluster-");
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
        // One attempt each: a task that fails fails the job at once instead of four times.
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

        yarn = new MiniMRYarnCluster("customer-summary", 1);
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
    @DisplayName("summarises an HDFS log in map and reduce containers on YARN, through the driver")
    void summarisesOnYarn() throws Exception {
        FileSystem hdfs = dfs.getFileSystem();
        try (OutputStream out = hdfs.create(new Path("/orders/orders.csv"))) {
            out.write((String.join("\n", ORDERS) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        SummaryRun run = SummaryRun.of(new Configuration(yarn.getConfig()), "-D", "mapreduce.framework.name=yarn",
                "--calibration-end", "2024-02-12", "--reducers", "2", "/orders", "/summary");

        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isZero();
        assertThat(hdfs.exists(new Path("/summary/_SUCCESS"))).isTrue();
        assertThat(hdfs.exists(new Path("/summary/part-r-00001"))).isTrue();
        assertThat(CustomerSummaryJobs.rows(hdfs.getConf(), new Path("/summary"))).containsExactlyInAnyOrder(
                "C1,2024-01-01,2024-01-29,2,28,42,27.5,0,0.0",
                "\"Smith, J\",2024-01-20,2024-03-01,0,0,23,0.0,1,4.0",
                "C3,2024-02-20,2024-02-20,,,,,1,1.0");
        assertThat(run.out()).contains("on the cluster").contains("7 orders of 3 customers");
    }
}
