package dev.mlkatas.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.drivers.LocalRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.Job;

/**
 * Task 1 as a whole job on Hadoop's LocalJobRunner (input format, mapper, combiner, sort, shuffle, reducers,
 * sequence files), every file Hadoop writes kept in the test's temporary folder. Each try is a real job, so
 * there are few tries and no shrinking; the functions get hundreds in {@link CoOccurrencePropertiesTest}.
 */
@Label("Task 1: the stripes job on LocalJobRunner")
class CoOccurrenceJobTest {

    @Property(tries = 5, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    @Label("the job's counts are the brute-force counts, with or without the combiner, with 1 to 3 reducers")
    void jobCountsAreTheBruteForceCounts(@ForAll("lines") List<String> lines, @ForAll boolean combiner,
            @ForAll @IntRange(min = 1, max = 3) int reducers, @ForAll @IntRange(min = 1, max = 2) int files)
            throws Exception {
        java.nio.file.Path dir = Files.createTempDirectory("recommendations-test-");
        try {
            Configuration conf = new Configuration();
            LocalRunner.configure(conf, dir.resolve("hadoop"), 2);
            List<Path> inputs = new ArrayList<>();
            int perFile = (lines.size() + files - 1) / files;
            for (int f = 0; f < files; f++) {
                List<String> part = lines.subList(Math.min(lines.size(), f * perFile),
                        Math.min(lines.size(), (f + 1) * perFile));
                java.nio.file.Path file = dir.resolve("input").resolve("baskets-" + f + ".txt");
                Files.createDirectories(file.getParent());
                Files.writeString(file, part.isEmpty() ? "" : String.join("\n", part) + "\n", StandardCharsets.UTF_8);
                inputs.add(new Path(file.toUri()));
            }
            Path output = new Path(dir.resolve("stripes").toUri());
            Job job = CoOccurrenceJobs.stripesJob(conf, inputs, output, combiner, reducers);

            assertThat(job.waitForCompletion(false)).as("the job succeeded").isTrue();
            assertThat(CoOccurrenceJobs.read(conf, output, CoOccurrenceJobs.baskets(job)))
                    .isEqualTo(Baskets.count(lines));
        } finally {
            delete(dir);
        }
    }

    @Provide
    Arbitrary<List<String>> lines() {
        return Baskets.lines(40);
    }

    /** LocalJobRunner removes staging files on a thread of its own: a vanishing file restarts the walk. */
    private static void delete(java.nio.file.Path dir) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try (Stream<java.nio.file.Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                return;
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof NoSuchFileException) || attempt == 5) {
                    throw e;
                }
            } catch (NoSuchFileException e) {
                return;
            }
        }
    }
}
