package dev.mlkatas.wordcount;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.wordcount.LocalJobs.Output;
import dev.mlkatas.wordcount.WordCountJobs.Combining;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.partition.HashPartitioner;

/**
 * Task 1 as a whole job on Hadoop's LocalJobRunner (input format, mapper, combiner, sort, shuffle, reducers,
 * output format), on nasty generated documents spread over one to three files. Each try runs a real job, so
 * there are few tries and no shrinking (every step of it would be another job); the functions themselves get
 * hundreds of tries, and shrink, in {@link WordsPropertiesTest}.
 */
@Label("Task 1: properties of the whole job on LocalJobRunner")
class WordCountJobPropertiesTest {

    @Property(tries = 6, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    @Label("the output is the statement's count, with or without the combiner, with 1 to 4 reducers")
    void outputIsTheSpecCount(@ForAll("documents") List<String> lines, @ForAll("task1") Combining combining,
            @ForAll @IntRange(min = 1, max = 4) int reducers, @ForAll @IntRange(min = 1, max = 3) int files) {
        try (LocalJobs jobs = new LocalJobs()) {
            Output output = jobs.count(inputs(jobs, lines, files), combining, reducers);

            assertThat(output.counts()).containsExactlyInAnyOrderEntriesOf(SpecWords.count(lines));
        }
    }

    @Property(tries = 6, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    @Label("the counts add up to the number of words, and the job's counters agree")
    void countsAddUpToTheWords(@ForAll("documents") List<String> lines, @ForAll("task1") Combining combining,
            @ForAll @IntRange(min = 1, max = 4) int reducers, @ForAll @IntRange(min = 1, max = 3) int files) {
        try (LocalJobs jobs = new LocalJobs()) {
            Output output = jobs.count(inputs(jobs, lines, files), combining, reducers);
            long words = SpecWords.tokens(lines);

            assertThat(output.all().stream().mapToLong(Map.Entry::getValue).sum()).isEqualTo(words);
            assertThat(output.counter(WordCountCounter.WORDS)).isEqualTo(words);
            assertThat(output.counter(WordCountCounter.DISTINCT_WORDS)).isEqualTo(SpecWords.count(lines).size());
            assertThat(output.counter(WordCountCounter.LINES)).isEqualTo(lines.size());
            assertThat(output.counter(WordCountCounter.INVALID_BYTES_REPLACED)).isZero();
        }
    }

    @Property(tries = 6, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    @Label("each part file is sorted by word (UTF-8 byte order) and holds the words its hash partition picks")
    void partFilesAreSortedPartitions(@ForAll("documents") List<String> lines, @ForAll("task1") Combining combining,
            @ForAll @IntRange(min = 1, max = 4) int reducers) {
        try (LocalJobs jobs = new LocalJobs()) {
            Output output = jobs.count(inputs(jobs, lines, 1), combining, reducers);
            HashPartitioner<Text, LongWritable> partitioner = new HashPartitioner<>();

            assertThat(output.parts()).hasSize(reducers);
            for (int part = 0; part < reducers; part++) {
                List<String> words = output.parts().get(part).stream().map(Map.Entry::getKey).toList();
                for (int i = 1; i < words.size(); i++) {
                    assertThat(compareBytes(words.get(i - 1), words.get(i)))
                            .as("part %d: '%s' comes before '%s'", part, words.get(i - 1), words.get(i)).isNegative();
                }
                for (String word : words) {
                    assertThat(partitioner.getPartition(new Text(word), null, reducers))
                            .as("partition of '%s'", word).isEqualTo(part);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<String>> documents() {
        return NastyText.documents(20);
    }

    @Provide
    Arbitrary<Combining> task1() {
        return Arbitraries.of(Combining.NONE, Combining.COMBINER);
    }

    /** The lines in {@code files} files, in order: the first lines in the first file, and so on. */
    private static List<Path> inputs(LocalJobs jobs, List<String> lines, int files) {
        List<Path> inputs = new ArrayList<>();
        int perFile = (lines.size() + files - 1) / Math.max(1, files);
        for (int f = 0; f < files; f++) {
            int from = Math.min(lines.size(), f * perFile);
            int to = Math.min(lines.size(), from + perFile);
            inputs.add(jobs.write("part-" + f + ".txt", lines.subList(from, to)));
        }
        return inputs;
    }

    private static int compareBytes(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
