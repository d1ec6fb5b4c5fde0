package dev.mlkatas.wordcount;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.minicluster.MiniCluster;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.util.ToolRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The job the way {@code hadoop jar ... WordCountDriver -D mapreduce.framework.name=yarn <in> <out>} runs it,
 * on Hadoop's mini cluster: a real HDFS (a name node and a data node) and a real YARN (a resource manager
 * and a node manager) in this JVM, the application master and every map and reduce task in a container JVM
 * of its own ({@link MiniCluster}, one for the class).
 */
@DisplayName("Task 1 on a cluster: HDFS and YARN, as hadoop jar runs the job")
class YarnClusterTest {

    private static final List<String> BOOK = List.of(
            "It was the best of times, it was the worst of times,",
            "it was the age of wisdom, it was the age of foolishness…",
            "Ça ne fait rien: don’t PANIC, ΟΔΟΣ 42.");
    private static final List<String> MORE = List.of("", "Times change; 'tis the TIMES that change.", "日本語 and 日本語");

    @RegisterExtension
    static final MiniCluster CLUSTER = new MiniCluster("word-count");

    @Test
    @DisplayName("counts HDFS files, one gzipped, in map and reduce containers on YARN, through the driver")
    void countsOnYarn() throws Exception {
        // Words the job would get wrong fail here, in this JVM, before a cluster is started for them.
        for (String line : BOOK) {
            assertThat(WordCount.words(line)).as("words of %s", line).isEqualTo(SpecWords.of(line));
        }
        FileSystem hdfs = CLUSTER.hdfs();
        try (OutputStream out = hdfs.create(new Path("/books/book.txt"))) {
            out.write((String.join("\n", BOOK) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        try (OutputStream out = new GZIPOutputStream(hdfs.create(new Path("/books/more.txt.gz")))) {
            out.write((String.join("\n", MORE) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = ToolRunner.run(CLUSTER.configuration(), new WordCountDriver(o, e, CLUSTER.folder()),
                    new String[] {"-D", "mapreduce.framework.name=yarn", "-D", "mapreduce.job.reduces=2",
                        "/books", "/counts"});
        }

        List<String> lines = new ArrayList<>(BOOK);
        lines.addAll(MORE);
        assertThat(exit).as("exit code; stderr: %s", err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(hdfs.exists(new Path("/counts/_SUCCESS"))).isTrue();
        assertThat(countsIn(hdfs, new Path("/counts"))).containsExactlyInAnyOrderEntriesOf(SpecWords.count(lines));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("on the cluster")
                .containsPattern("words +" + SpecWords.tokens(lines) + "\\b");
    }

    /** The counts of both part files; a word in both, or a missing part file, fails the test. */
    private static Map<String, Long> countsIn(FileSystem fs, Path dir) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        List<FileStatus> parts = new ArrayList<>();
        for (FileStatus status : fs.listStatus(dir)) {
            if (status.getPath().getName().startsWith("part-")) {
                parts.add(status);
            }
        }
        assertThat(parts).as("part files, one per reducer").hasSize(2);
        for (FileStatus part : parts) {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(fs.open(part.getPath()), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    int tab = line.lastIndexOf('\t');
                    Long before = counts.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
                    assertThat(before).as("'%s' in one part file only", line.substring(0, tab)).isNull();
                }
            }
        }
        return counts;
    }
}
