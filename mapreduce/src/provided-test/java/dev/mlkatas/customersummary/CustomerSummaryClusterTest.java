package dev.mlkatas.customersummary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.minicluster.MiniCluster;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The summary job the way {@code hadoop jar ... CustomerSummaryDriver -D mapreduce.framework.name=yarn
 * --calibration-end <day> <in> <out>} runs it, on Hadoop's mini cluster: HDFS and YARN in this JVM, the
 * application master and every task in a container JVM of its own ({@link MiniCluster}, one for the class).
 */
@DisplayName("The customer-summary job on a cluster: HDFS and YARN, as hadoop jar runs it")
class CustomerSummaryClusterTest {

    private static final List<String> ORDERS = List.of("Amount,Customer_ID,Date", "10.00,C1,2024-01-01",
            "30.00,C1,2024-01-29", "20.00,C1,2024-01-15", "5.00,C1,2024-01-15", "8.00,\"Smith, J\",2024-01-20",
            "", "4.00,\"Smith, J\",2024-03-01", "1.00,C3,2024-02-20");

    @RegisterExtension
    static final MiniCluster CLUSTER = new MiniCluster("customer-summary");

    @Test
    @DisplayName("summarises an HDFS log in map and reduce containers on YARN, through the driver")
    void summarisesOnYarn() throws Exception {
        FileSystem hdfs = CLUSTER.hdfs();
        try (OutputStream out = hdfs.create(new Path("/orders/orders.csv"))) {
            out.write((String.join("\n", ORDERS) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        SummaryRun run = SummaryRun.of(CLUSTER.configuration(), "-D", "mapreduce.framework.name=yarn",
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
