package dev.mlkatas.minicluster;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.mapreduce.v2.MiniMRYarnCluster;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Hadoop's mini cluster for one test class: a real HDFS (a name node and a data node) and a real YARN (a
 * resource manager, a node manager and the job history server) in the test's JVM, the application master and
 * every map and reduce task in a container JVM of its own. It starts when a test first asks for it and stops
 * after the class's last test, since starting it takes most of a cluster test's time (and a test that fails
 * before it needs the cluster, as on an unsolved stub, never waits for it); every folder Hadoop writes is
 * inside one temporary folder, deleted at the end.
 *
 * <p>Example: {@code @RegisterExtension static final MiniCluster CLUSTER = new MiniCluster("word-count");}, then
 * {@code ToolRunner.run(CLUSTER.configuration(), driver, new String[] {"-D", "mapreduce.framework.name=yarn",
 * "/in", "/out"})} runs a driver as {@code hadoop jar} does, on files written to {@code CLUSTER.hdfs()}.
 */
public final class MiniCluster implements AfterAllCallback {

    /** Guice, inside YARN's web apps, logs through java.util.logging; held here, or its level is forgotten. */
    private static final Logger GUICE = Logger.getLogger("com.google.inject");
    /**
     * Where the mini YARN cluster keeps its folders (the node manager's local and log folders, the jobs' staging
     * and history folders); by default target/ of the working directory.
     */
    private static final String TEST_DATA = "test.build.data";

    private final String name;
    private java.nio.file.Path base;
    private String testDataBefore;
    private MiniDFSCluster dfs;
    private MiniMRYarnCluster yarn;

    /** A cluster whose folders and YARN services are named after {@code name}, e.g. the job's. */
    public MiniCluster(String name) {
        this.name = name;
    }

    /** Starts the cluster, unless it runs already. */
    private synchronized void start() throws IOException {
        if (base != null) {
            return;
        }
        GUICE.setLevel(Level.SEVERE);
        base = Files.createTempDirectory(name + "-cluster-");
        testDataBefore = System.setProperty(TEST_DATA, base.resolve("yarn").toString());
        Configuration conf = settings(base);
        dfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        conf.set("fs.defaultFS", dfs.getFileSystem().getUri().toString());
        yarn = new MiniMRYarnCluster(name, 1);
        yarn.init(conf);
        yarn.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (base == null) {
            return;
        }
        try {
            if (yarn != null) {
                yarn.stop();
            }
            if (dfs != null) {
                dfs.shutdown();
            }
        } finally {
            if (testDataBefore == null) {
                System.clearProperty(TEST_DATA);
            } else {
                System.setProperty(TEST_DATA, testDataBefore);
            }
            if (base != null) {
                try (Stream<java.nio.file.Path> paths = Files.walk(base)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** A new configuration of the running cluster, for one driver run: HDFS is its default file system. */
    public Configuration configuration() throws IOException {
        start();
        return new Configuration(yarn.getConfig());
    }

    /** The cluster's HDFS. */
    public FileSystem hdfs() throws IOException {
        start();
        return dfs.getFileSystem();
    }

    /** The folder that holds all of the cluster's files, for a driver that needs a local working folder. */
    public java.nio.file.Path folder() throws IOException {
        start();
        return base;
    }

    /** The settings of a small, quick cluster whose files are all in {@code base}. */
    private static Configuration settings(java.nio.file.Path base) {
        Configuration conf = new Configuration();
        conf.set("hadoop.tmp.dir", base.resolve("tmp").toString());
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.resolve("hdfs").toString());

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
        // A file is closed once its last block has reached the data node; the client asks again after 400 ms,
        // 800 ms, ... by default, and a job closes a dozen files (its jar, splits, history, output).
        conf.setInt("dfs.client.block.write.locateFollowingBlock.initial.delay.ms", 50);
        // The reduce containers start with the maps, not after the first map is done: their JVMs start meanwhile.
        conf.setFloat("mapreduce.job.reduce.slowstart.completedmaps", 0);
        // One data node, so one copy of every file; the containers log warnings only.
        conf.setInt("dfs.replication", 1);
        conf.setInt("mapreduce.client.submit.file.replication", 1);
        conf.set("yarn.app.mapreduce.am.log.level", "WARN");
        conf.set("mapreduce.map.log.level", "WARN");
        conf.set("mapreduce.reduce.log.level", "WARN");
        // Without these, stopping the node manager waits many seconds for containers and their logs.
        conf.setLong("yarn.nodemanager.sleep-delay-before-sigkill.ms", 100);
        conf.setLong("yarn.nodemanager.process-kill-wait.ms", 100);
        conf.setLong("yarn.nodemanager.log.retain-seconds", 1);
        return conf;
    }
}
