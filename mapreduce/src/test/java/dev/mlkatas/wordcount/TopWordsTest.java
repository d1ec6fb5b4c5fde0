package dev.mlkatas.wordcount;

import static dev.mlkatas.wordcount.TaskHarness.CLEANUP;
import static dev.mlkatas.wordcount.TaskHarness.group;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.wordcount.LocalJobs.Output;
import dev.mlkatas.wordcount.TaskHarness.Run;
import dev.mlkatas.wordcount.TaskHarness.Write;
import dev.mlkatas.wordcount.WordCountJobs.Combining;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.Text;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Task 2: the mapper and the reducer of the top-words job as functions, both against sorting everything
 * (the obviously right, memory-hungry answer), and the job on LocalJobRunner after a count job.
 */
// jqwik reads @Label, JUnit Jupiter @DisplayName: a class with both kinds of tests can have only one.
@Label("Task 2: the k most frequent words, TopWords")
class TopWordsTest {

    /** Rank order: more frequent first, then the smaller word by UTF-8 bytes. */
    private static final Comparator<Map.Entry<String, Long>> RANK = Comparator
            .<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
            .thenComparing(Map.Entry::getKey, TopWordsTest::compareBytes);

    private static Configuration k(int k) {
        Configuration conf = new Configuration(false);
        conf.setInt(WordCountJobs.TOP_K, k);
        return conf;
    }

    /** The mapper on (word, count) lines of one split, as the count job wrote them. */
    private static Run map(int k, List<Map.Entry<String, Long>> counts) {
        List<Map.Entry<Text, Text>> records = counts.stream()
                .map(e -> Map.entry(new Text(e.getKey()), new Text(String.valueOf(e.getValue()))))
                .toList();
        return TaskHarness.map(new TopWords.LocalTopMapper(), k(k), records);
    }

    /** The reducer on words in sorted order, as Hadoop hands them over after the shuffle. */
    private static Run reduce(int k, List<Map.Entry<String, Long>> counts) {
        List<Map.Entry<String, List<Long>>> groups = counts.stream()
                .sorted(Map.Entry.comparingByKey(TopWordsTest::compareBytes))
                .map(e -> group(e.getKey(), e.getValue()))
                .toList();
        return TaskHarness.reduce(new TopWords.GlobalTopReducer(), k(k), groups);
    }

    /** The first k of everything sorted: slow and obviously right. */
    private static List<Map.Entry<String, Long>> topBySorting(int k, List<Map.Entry<String, Long>> counts) {
        return counts.stream().sorted(RANK).limit(k).toList();
    }

    private static int compareBytes(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("mapper: keeps the k most frequent words of its split and writes them when the split is done")
    void mapperKeepsItsTopK() {
        Run run = map(2, List.of(Map.entry("a", 5L), Map.entry("b", 9L), Map.entry("c", 4L), Map.entry("d", 1L)));

        assertThat(run.pairs()).containsExactlyInAnyOrder(Map.entry("b", 9L), Map.entry("a", 5L));
        assertThat(run.writes()).extracting(Write::call).containsOnly(CLEANUP);
    }

    @Test
    @DisplayName("mapper: breaks ties by the smaller word")
    void mapperBreaksTiesByWord() {
        Run run = map(2, List.of(Map.entry("pear", 3L), Map.entry("apple", 3L), Map.entry("fig", 3L)));

        assertThat(run.pairs()).containsExactlyInAnyOrder(Map.entry("apple", 3L), Map.entry("fig", 3L));
    }

    @Test
    @DisplayName("mapper: copies the words it keeps, since Hadoop refills the same Text for every line")
    void mapperCopiesWords() {
        Run run = map(3, List.of(Map.entry("one", 10L), Map.entry("two", 20L), Map.entry("three", 30L),
                Map.entry("x", 1L), Map.entry("y", 2L)));

        assertThat(run.pairs()).containsExactlyInAnyOrder(
                Map.entry("three", 30L), Map.entry("two", 20L), Map.entry("one", 10L));
    }

    @Test
    @DisplayName("mapper: writes all of a split that has fewer than k words, and nothing for an empty one")
    void mapperWritesSmallSplitsWhole() {
        assertThat(map(10, List.of(Map.entry("a", 1L), Map.entry("b", 2L))).pairs())
                .containsExactlyInAnyOrder(Map.entry("a", 1L), Map.entry("b", 2L));
        assertThat(map(10, List.of()).writes()).isEmpty();
    }

    @Test
    @DisplayName("reducer: writes the k most frequent words, most frequent first, ties by word, when all are in")
    void reducerWritesTheTopKInOrder() {
        Run run = reduce(3, List.of(Map.entry("a", 5L), Map.entry("b", 9L), Map.entry("c", 5L), Map.entry("d", 7L),
                Map.entry("e", 1L)));

        assertThat(run.pairs()).containsExactly(Map.entry("b", 9L), Map.entry("d", 7L), Map.entry("a", 5L));
        assertThat(run.writes()).extracting(Write::call).containsOnly(CLEANUP);
    }

    @Test
    @DisplayName("reducer: compares words by their UTF-8 bytes, so ｚ (U+FF5A) comes before 𝐚 (U+1D41A)")
    void reducerComparesWordsByBytes() {
        // As Java Strings (UTF-16) the order is the other way round: 𝐚 starts with the surrogate U+D835.
        Run run = reduce(1, List.of(Map.entry("𝐚", 3L), Map.entry("ｚ", 3L)));

        assertThat(run.pairs()).containsExactly(Map.entry("ｚ", 3L));
    }

    @Test
    @DisplayName("reducer: copies the words it keeps, since Hadoop refills the same key for every word")
    void reducerCopiesWords() {
        Run run = reduce(2, List.of(Map.entry("alpha", 8L), Map.entry("beta", 1L), Map.entry("gamma", 9L),
                Map.entry("zeta", 2L)));

        assertThat(run.pairs()).containsExactly(Map.entry("gamma", 9L), Map.entry("alpha", 8L));
    }

    @Property(tries = 200)
    @Label("mappers over any split of the counts, then the reducer, give the first k of everything sorted")
    void agreesWithSortingEverything(@ForAll("counts") List<Map.Entry<String, Long>> counts,
            @ForAll @IntRange(min = 1, max = 12) int k, @ForAll @IntRange(min = 1, max = 4) int splits) {
        List<Map.Entry<String, Long>> candidates = new ArrayList<>();
        for (int split = 0; split < splits; split++) {
            List<Map.Entry<String, Long>> part = new ArrayList<>();
            for (int i = split; i < counts.size(); i += splits) {
                part.add(counts.get(i));
            }
            candidates.addAll(map(k, part).pairs());
        }

        assertThat(reduce(k, candidates).pairs()).containsExactlyElementsOf(topBySorting(k, counts));
    }

    @Test
    @DisplayName("the top-words job after a count job on LocalJobRunner gives the k most frequent words")
    void jobFindsTheTopWords() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            // Word w<n> occurs in the lines numbered by multiples of n: a spread of counts with many ties.
            StringBuilder line = new StringBuilder();
            for (int n = 1; n <= 12; n++) {
                if (i % n == 0) {
                    line.append("w").append(n).append(' ');
                }
            }
            lines.add(line.toString() + "Ünïcödé ÜNÏCÖDÉ");
        }
        try (LocalJobs jobs = new LocalJobs()) {
            Output counts = jobs.count(List.of(jobs.write("a.txt", lines.subList(0, 30)),
                    jobs.write("b.txt", lines.subList(30, 60))), Combining.COMBINER, 3);

            Output top = jobs.top(counts, 5);

            assertThat(top.all()).containsExactlyElementsOf(
                    topBySorting(5, List.copyOf(SpecWords.count(lines).entrySet())));
        }
    }

    /** Distinct words with counts from 1 to 20, so that ties are common. */
    @Provide
    Arbitrary<List<Map.Entry<String, Long>>> counts() {
        Arbitrary<String> words = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(3),
                Arbitraries.of("ｚ", "𝐚", "日本語", "don't", "é", "e\u0301"));
        return Arbitraries.maps(words, Arbitraries.longs().between(1, 20)).ofMaxSize(30)
                .map(map -> List.copyOf(new TreeMap<>(map).entrySet()));
    }
}
