package dev.mlkatas.wordcount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mlkatas.wordcount.TaskHarness.Run;
import dev.mlkatas.wordcount.TaskHarness.Write;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 1: the map function, WordCount.WordsMapper")
class WordsMapperTest {

    private static Run map(String... lines) {
        return TaskHarness.mapLines(new WordCount.WordsMapper(), new Configuration(false), lines);
    }

    @Test
    @DisplayName("writes (word, 1) for each word of the line, in order")
    void writesOnePairPerWord() {
        assertThat(map("To be, or not to be").pairs()).containsExactly(
                Map.entry("to", 1L), Map.entry("be", 1L), Map.entry("or", 1L),
                Map.entry("not", 1L), Map.entry("to", 1L), Map.entry("be", 1L));
    }

    @Test
    @DisplayName("uses the tokenizer: lower case, apostrophes, NFC, every script")
    void usesTheTokenizer() {
        assertThat(map("Don’t ΟΔΟΣ cafe\u0301 'tis").words()).containsExactly("don't", "οδο\u03c2", "caf\u00e9", "tis");
    }

    @Test
    @DisplayName("writes nothing for an empty line or a line without words")
    void writesNothingWithoutWords() {
        assertThat(map("", " -- ... ", "''").writes()).isEmpty();
    }

    @Test
    @DisplayName("writes each line's pairs during the map call of that line, not in setup or cleanup")
    void writesDuringTheLinesCall() {
        assertThat(map("a b", "", "c").writes())
                .extracting(Write::word, Write::count, Write::call)
                .containsExactly(tuple("a", 1L, 0), tuple("b", 1L, 0), tuple("c", 1L, 2));
    }

    @Test
    @DisplayName("reads only the line's own bytes: Hadoop refills one Text, longer from an earlier line")
    void readsOnlyTheLinesBytes() {
        assertThat(map("a much longer first line", "short").words())
                .containsExactly("a", "much", "longer", "first", "line", "short");
    }

    @Test
    @DisplayName("drops an apostrophe that ends the line, whatever letter an earlier, longer line left after it")
    void dropsTheLinesLastApostrophe() {
        assertThat(map("rock'n'roll", "rock'", "it’s", "it’").words())
                .containsExactly("rock'n'roll", "rock", "it's", "it");
    }

    @Test
    @DisplayName("writes the same words for the same text on every line, whatever came before")
    void isAFunctionOfTheLine() {
        Run run = map("Alpha beta", "ALPHA, Beta!", "alpha\u00A0beta");

        assertThat(run.words()).containsExactly("alpha", "beta", "alpha", "beta", "alpha", "beta");
    }
}
