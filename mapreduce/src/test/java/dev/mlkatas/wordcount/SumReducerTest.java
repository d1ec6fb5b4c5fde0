package dev.mlkatas.wordcount;

import static dev.mlkatas.wordcount.TaskHarness.group;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.wordcount.TaskHarness.Run;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 1: the reduce function and combiner, WordCount.SumReducer")
class SumReducerTest {

    private static Run reduce(List<Map.Entry<String, List<Long>>> groups) {
        return TaskHarness.reduce(new WordCount.SumReducer(), new Configuration(false), groups);
    }

    @Test
    @DisplayName("writes a word with the sum of its counts")
    void writesTheSum() {
        assertThat(reduce(List.of(group("be", 1, 1, 3))).pairs()).containsExactly(Map.entry("be", 5L));
    }

    @Test
    @DisplayName("writes each word once, in the order the words arrive")
    void writesEachWordOnce() {
        assertThat(reduce(List.of(group("a", 1), group("be", 2, 2), group("zoo", 1, 1, 1))).pairs())
                .containsExactly(Map.entry("a", 1L), Map.entry("be", 4L), Map.entry("zoo", 3L));
    }

    @Test
    @DisplayName("adds partial sums as well as ones, so that it can run as the combiner")
    void addsPartialSums() {
        assertThat(reduce(List.of(group("the", 120, 7, 1))).pairs()).containsExactly(Map.entry("the", 128L));
    }

    @Test
    @DisplayName("adds in long: counts beyond Integer.MAX_VALUE do not wrap around")
    void addsInLong() {
        long big = Integer.MAX_VALUE;

        assertThat(reduce(List.of(group("the", big, big, 5))).pairs()).containsExactly(Map.entry("the", 2 * big + 5));
    }

    @Test
    @DisplayName("writes the word as it came, bytes and all")
    void keepsTheWord() {
        assertThat(reduce(List.of(group("日本語", 2), group("don't", 1), group("𐐨𐐨", 4))).pairs())
                .containsExactly(Map.entry("日本語", 2L), Map.entry("don't", 1L), Map.entry("𐐨𐐨", 4L));
    }

    @Test
    @DisplayName("writes during the reduce call of each word, not in cleanup")
    void writesDuringTheWordsCall() {
        assertThat(reduce(List.of(group("a", 1), group("b", 1))).writes())
                .extracting(TaskHarness.Write::call).containsExactly(0, 1);
    }
}
