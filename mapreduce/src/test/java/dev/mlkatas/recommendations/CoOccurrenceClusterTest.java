package dev.mlkatas.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.minicluster.MiniCluster;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stripes job the way {@code hadoop jar ... CoOccurrenceDriver -D mapreduce.framework.name=yarn <in> <out>}
 * runs it, on Hadoop's mini cluster: HDFS and YARN in this JVM, the application master and every task in a
 * container JVM of its own ({@link MiniCluster}, one for the class).
 */
@DisplayName("Task 1 on a cluster: HDFS and YARN, as hadoop jar runs the stripes job")
class CoOccurrenceClusterTest {

    private static final List<String> BASKETS = List.of("Whole Milk,Bananas,Spaghetti", "Spaghetti,Marinara Sauce",
            "Bananas, Bananas ,Oat Milk", "", "Marinara Sauce,Spaghetti,Whole Milk", "Limes");

    @RegisterExtension
    static final MiniCluster CLUSTER = new MiniCluster("recommendations");

    @Test
    @DisplayName("counts HDFS basket lines in map and reduce containers on YARN, through the driver")
    void countsOnYarn() throws Exception {
        // Items the job would get wrong fail here, in this JVM, before a cluster is started for them.
        for (String line : BASKETS) {
            assertThat(CoOccurrence.items(line)).as("items of %s", line).isEqualTo(Baskets.items(line));
        }
        FileSystem hdfs = CLUSTER.hdfs();
        try (OutputStream out = hdfs.create(new Path("/baskets/orders.txt"))) {
            out.write((String.join("\n", BASKETS) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = CoOccurrenceDriver.run(CLUSTER.configuration(), new CoOccurrenceDriver(o, e),
                    new String[] {"-D", "mapreduce.framework.name=yarn", "--reducers", "2", "/baskets", "/stripes"});
        }

        assertThat(exit).as("exit code; stderr: %s", err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(hdfs.exists(new Path("/stripes/_SUCCESS"))).isTrue();
        assertThat(hdfs.exists(new Path("/stripes/part-r-00001"))).isTrue();
        assertThat(CoOccurrenceJobs.read(hdfs.getConf(), new Path("/stripes"), 5)).isEqualTo(Baskets.count(BASKETS));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("on the cluster").contains("5 baskets, 6 items");
    }
}
