package dev.mlkatas.wordcount;

import static dev.mlkatas.wordcount.TaskHarness.CLEANUP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.wordcount.LocalJobs.Output;
import dev.mlkatas.wordcount.TaskHarness.Run;
import dev.mlkatas.wordcount.TaskHarness.Write;
import dev.mlkatas.wordcount.WordCountJobs.Combining;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Task 3: the in-mapper combining mapper against a model of the bounded map written the plainest way (a
 * {@code HashMap} that is written out and emptied when a new word finds it full), and in a job.
 */
// jqwik reads @Label, JUnit Jupiter @DisplayName: a class with both kinds of tests can have only one.
@Label("Task 3: in-mapper combining, CombiningWordsMapper")
class CombiningWordsMapperTest {

    private static Run map(int maxWords, String... lines) {
        return map(maxWords, List.of(lines));
    }

    private static Run map(int maxWords, List<String> lines) {
        Configuration conf = new Configuration(false);
        conf.setInt(WordCountJobs.MAX_WORDS, maxWords);
        return TaskHarness.mapLines(new CombiningWordsMapper(), conf, lines);
    }

    /**
     * One write-out of the map: the map call it happened in (or {@link TaskHarness#CLEANUP}) and the
     * (word, count) pairs written, whose order is free.
     */
    record Flush(int call, Map<String, Long> counts) {}

    /** What a mapper following the rule writes: the bounded map written the plainest way. */
    private static List<Flush> model(int maxWords, List<String> lines) {
        List<Flush> flushes = new ArrayList<>();
        Map<String, Long> held = new HashMap<>();
        for (int call = 0; call < lines.size(); call++) {
            for (String word : SpecWords.of(lines.get(call))) {
                if (!held.containsKey(word) && held.size() == maxWords) {
                    flushes.add(new Flush(call, Map.copyOf(held)));
                    held.clear();
                }
                held.merge(word, 1L, Long::sum);
            }
        }
        if (!held.isEmpty()) {
            flushes.add(new Flush(CLEANUP, Map.copyOf(held)));
        }
        return flushes;
    }

    /**
     * The run's writes cut into write-outs of the sizes {@code expected} has, so that the two compare as
     * lists; a word written twice within one write-out fails the test.
     */
    private static List<Flush> cut(Run run, List<Flush> expected) {
        List<Write> writes = run.writes();
        assertThat(writes).as("how many pairs are written")
                .hasSize(expected.stream().mapToInt(f -> f.counts().size()).sum());
        List<Flush> flushes = new ArrayList<>();
        int next = 0;
        for (Flush flush : expected) {
            List<Write> part = writes.subList(next, next + flush.counts().size());
            next += part.size();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Write write : part) {
                assertThat(counts.put(write.word(), write.count()))
                        .as("'%s' written twice in one write-out of the map: %s", write.word(), part).isNull();
            }
            // A write-out that spans two calls shows up as the call of its first pair and fails the comparison.
            boolean oneCall = part.stream().allMatch(w -> w.call() == part.get(0).call());
            flushes.add(new Flush(oneCall ? part.get(0).call() : -2, counts));
        }
        return flushes;
    }

    @Test
    @DisplayName("holds the counts until the split is done when the map never fills, then writes each word once")
    void writesEachWordOnceAtTheEnd() {
        Run run = map(100, "to be, or not to be", "that is the question", "TO BE");

        assertThat(run.writes()).extracting(Write::call).containsOnly(CLEANUP);
        assertThat(run.pairs()).containsExactlyInAnyOrder(
                Map.entry("to", 3L), Map.entry("be", 3L), Map.entry("or", 1L), Map.entry("not", 1L),
                Map.entry("that", 1L), Map.entry("is", 1L), Map.entry("the", 1L), Map.entry("question", 1L));
    }

    @Test
    @DisplayName("writes and empties the full map when a new word arrives: maxWords = 2 and \"a b a c b\"")
    void flushesWhenANewWordFindsTheMapFull() {
        List<Flush> expected = List.of(
                new Flush(0, Map.of("a", 2L, "b", 1L)), new Flush(CLEANUP, Map.of("c", 1L, "b", 1L)));

        assertThat(cut(map(2, "a b a c b"), expected)).isEqualTo(expected);
    }

    @Test
    @DisplayName("with maxWords = 1, writes a word each time a different one follows it")
    void flushesOnEveryNewWordWithABoundOfOne() {
        Run run = map(1, "a a b", "b a");

        assertThat(run.writes()).containsExactly(
                new Write("a", 2, 0), new Write("b", 2, 1), new Write("a", 1, CLEANUP));
    }

    @Test
    @DisplayName("does not write when a word the full map already holds arrives")
    void keepsCountingWordsItHolds() {
        Run run = map(2, "a b a b a b b");

        assertThat(run.writes()).containsExactlyInAnyOrder(new Write("a", 3, CLEANUP), new Write("b", 4, CLEANUP));
    }

    @Test
    @DisplayName("copies words into its map: Hadoop refills one Text for every line")
    void copiesWords() {
        Run run = map(10, "alpha beta", "gamma", "alpha");

        assertThat(run.totals()).containsExactlyInAnyOrderEntriesOf(Map.of("alpha", 2L, "beta", 1L, "gamma", 1L));
    }

    @Test
    @DisplayName("uses the task 1 tokenizer")
    void usesTheTokenizer() {
        assertThat(map(10, "Don’t don't DON'T cafe\u0301 café").totals())
                .containsExactlyInAnyOrderEntriesOf(Map.of("don't", 3L, "caf\u00e9", 2L));
    }

    @Test
    @DisplayName("counts apart two words of one length whose String.hashCode is the same: \"an\" and \"c0\"")
    void countsCollidingWordsApart() {
        assertThat("an".hashCode()).isEqualTo("c0".hashCode());

        assertThat(map(10, "an c0 an", "c0 an").totals())
                .containsExactlyInAnyOrderEntriesOf(Map.of("an", 3L, "c0", 2L));
    }

    @Test
    @DisplayName("holds 40,000 distinct words at once when maxWords allows it, and writes each once")
    void holdsManyWords() {
        List<String> lines = new ArrayList<>();
        Map<String, Long> expected = new HashMap<>();
        for (int line = 0; line < 500; line++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 100; i++) {
                // Base 36 spells 40,000 distinct words of letters and digits; the last 100 lines repeat 10,000.
                String word = "w" + Integer.toString((line % 400) * 100 + i, 36);
                text.append(word).append(' ');
                expected.merge(word, 1L, Long::sum);
            }
            lines.add(text.toString());
        }

        Run run = map(100_000, lines);

        assertThat(run.writes()).extracting(Write::call).containsOnly(CLEANUP);
        assertThat(run.pairs()).hasSize(40_000);
        assertThat(run.totals()).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Property(tries = 150)
    @Label("writes what a model of the bounded map writes, write-out by write-out, for bounds from 1 to 8")
    void agreesWithTheModel(@ForAll("documents") List<String> lines, @ForAll @IntRange(min = 1, max = 8) int maxWords) {
        List<Flush> expected = model(maxWords, lines);

        assertThat(cut(map(maxWords, lines), expected)).isEqualTo(expected);
    }

    @Property(tries = 150)
    @Label("the counts it writes add up to the statement's count of every word")
    void addsUpToTheSpecCount(@ForAll("documents") List<String> lines,
            @ForAll @IntRange(min = 1, max = 50) int maxWords) {
        assertThat(map(maxWords, lines).totals()).containsExactlyInAnyOrderEntriesOf(SpecWords.count(lines));
    }

    @Test
    @DisplayName("in a job on LocalJobRunner with a bound of 3: the statement's count, from fewer map output records")
    void countsInAJob() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lines.add("the cat and the hat, the end " + (i % 7) + " ΟΔΟΣ");
        }
        try (LocalJobs jobs = new LocalJobs()) {
            jobs.conf().setInt(WordCountJobs.MAX_WORDS, 3);

            Output output = jobs.count(List.of(jobs.write("a.txt", lines.subList(0, 25)),
                    jobs.write("b.txt", lines.subList(25, 50))), Combining.IN_MAPPER, 2);

            assertThat(output.counts()).containsExactlyInAnyOrderEntriesOf(SpecWords.count(lines));
            assertThat(output.counter(org.apache.hadoop.mapreduce.TaskCounter.MAP_OUTPUT_RECORDS))
                    .isLessThan(SpecWords.tokens(lines));
        }
    }

    @Provide
    Arbitrary<List<String>> documents() {
        return NastyText.documents(10);
    }
}
