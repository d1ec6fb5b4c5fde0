package dev.mlkatas.wordcount;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.wordcount.TaskHarness.Run;
import dev.mlkatas.wordcount.TaskHarness.Write;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.hadoop.conf.Configuration;

/**
 * Task 1 against the statement's tokenizer written the plainest way ({@link SpecWords}), on text generated
 * to be nasty ({@link NastyText}): mixed scripts and case, both apostrophes, digits, decomposed letters,
 * letters beyond the BMP, invisible separators, empty and very long lines. The map and reduce functions run
 * without a cluster, through {@link TaskHarness}.
 */
@Label("Task 1: properties of the tokenizer, the map function and the reduce function")
class WordsPropertiesTest {

    @Property(tries = 500)
    @Label("words agrees with the statement's tokenizer")
    void wordsAgreesWithTheSpec(@ForAll("lines") String line) {
        assertThat(WordCount.words(line)).containsExactlyElementsOf(SpecWords.of(line));
    }

    @Property(tries = 200)
    @Label("the mapper writes (word, 1) for each word of each line, in order, during that line's call")
    void mapperWritesEachWordOnce(@ForAll("documents") List<String> lines) {
        List<Write> expected = new ArrayList<>();
        for (int call = 0; call < lines.size(); call++) {
            for (String word : SpecWords.of(lines.get(call))) {
                expected.add(new Write(word, 1, call));
            }
        }

        Run run = TaskHarness.mapLines(new WordCount.WordsMapper(), new Configuration(false), lines);

        assertThat(run.writes()).containsExactlyElementsOf(expected);
    }

    @Property(tries = 200)
    @Label("the reducer writes each word once with the sum of its counts")
    void reducerWritesTheSums(@ForAll("groups") List<Map.Entry<String, List<Long>>> groups) {
        Run run = TaskHarness.reduce(new WordCount.SumReducer(), new Configuration(false), groups);

        assertThat(run.pairs()).containsExactlyElementsOf(groups.stream()
                .map(g -> Map.entry(g.getKey(), g.getValue().stream().mapToLong(Long::longValue).sum()))
                .toList());
    }

    @Property(tries = 200)
    @Label("reducing the combiner's partial sums gives the same as reducing every count: it is a safe combiner")
    void combiningFirstChangesNothing(@ForAll("groups") List<Map.Entry<String, List<Long>>> groups,
            @ForAll("chunkSizes") int chunk) {
        Configuration conf = new Configuration(false);
        // Each chunk of a word's counts is what one map task's combiner would see.
        List<Map.Entry<String, List<Long>>> combined = new ArrayList<>();
        for (Map.Entry<String, List<Long>> group : groups) {
            List<Long> partials = new ArrayList<>();
            List<Long> counts = group.getValue();
            for (int from = 0; from < counts.size(); from += chunk) {
                List<Map.Entry<String, List<Long>>> piece = List.of(
                        Map.entry(group.getKey(), counts.subList(from, Math.min(counts.size(), from + chunk))));
                TaskHarness.reduce(new WordCount.SumReducer(), conf, piece).pairs()
                        .forEach(p -> partials.add(p.getValue()));
            }
            combined.add(Map.entry(group.getKey(), partials));
        }

        assertThat(TaskHarness.reduce(new WordCount.SumReducer(), conf, combined).pairs())
                .containsExactlyElementsOf(TaskHarness.reduce(new WordCount.SumReducer(), conf, groups).pairs());
    }

    @Provide
    Arbitrary<String> lines() {
        return NastyText.lines();
    }

    @Provide
    Arbitrary<List<String>> documents() {
        return NastyText.documents(12);
    }

    /** Distinct words in sorted order, as a reducer sees them, each with 1 to 30 counts, ones or larger. */
    @Provide
    Arbitrary<List<Map.Entry<String, List<Long>>>> groups() {
        Arbitrary<Long> count = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(1L)),
                Tuple.of(3, Arbitraries.longs().between(1, 1_000)),
                Tuple.of(1, Arbitraries.longs().between(Integer.MAX_VALUE - 10L, Integer.MAX_VALUE + 10L)));
        Arbitrary<List<Long>> counts = count.list().ofMinSize(1).ofMaxSize(30);
        Arbitrary<String> words = Arbitraries.oneOf(
                Arbitraries.of("a", "be", "don't", "caf\u00e9", "日本語", "οδο\u03c2", "𐐨𐐨", "42"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6));
        return Arbitraries.maps(words, counts).ofMaxSize(12).map(map -> List.copyOf(new TreeMap<>(map).entrySet()));
    }

    @Provide
    Arbitrary<Integer> chunkSizes() {
        return Arbitraries.integers().between(1, 8);
    }
}
