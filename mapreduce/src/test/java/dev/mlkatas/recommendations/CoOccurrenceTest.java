package dev.mlkatas.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.recommendations.StripeHarness.Run;
import dev.mlkatas.recommendations.StripeHarness.Write;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Task 1: the basket line, the stripes mapper and the stripe-sum reducer")
class CoOccurrenceTest {

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("milk,bread", List.of("milk", "bread")),
                Arguments.of(" milk,bread ,,milk", List.of("milk", "bread")),
                Arguments.of("", List.of()),
                Arguments.of(" , ,", List.of()),
                Arguments.of("Oat Milk,oat milk", List.of("Oat Milk", "oat milk")),
                Arguments.of("eggs,\teggs\t,bread,eggs", List.of("eggs", "bread")));
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @MethodSource("lines")
    @DisplayName("a basket line is its distinct stripped items, in order of first appearance")
    void itemsOfALine(String line, List<String> items) {
        assertThat(CoOccurrence.items(line)).containsExactlyElementsOf(items);
    }

    @Test
    @DisplayName("the mapper writes each distinct item once with the basket's stripe, itself included")
    void mapperWritesOneStripePerDistinctItem() {
        Run run = StripeHarness.map("milk, bread ,milk");

        Map<String, Long> stripe = Map.of("milk", 1L, "bread", 1L);
        assertThat(run.writes()).containsExactly(new Write("milk", stripe, 0), new Write("bread", stripe, 0));
        assertThat(run.baskets()).isEqualTo(1);
    }

    @Test
    @DisplayName("a basket of one item gives that item its marginal alone; a blank line gives nothing")
    void singletonAndBlankBaskets() {
        Run run = StripeHarness.map("", "eggs", " , ");

        assertThat(run.writes()).containsExactly(new Write("eggs", Map.of("eggs", 1L), 1));
        assertThat(run.baskets()).isEqualTo(1);
    }

    @Test
    @DisplayName("a shorter line after a longer one is read to its length only")
    void readsTheLineToItsLength() {
        Run run = StripeHarness.map("bananas,chocolate", "tea");

        assertThat(run.writes()).last().isEqualTo(new Write("tea", Map.of("tea", 1L), 1));
        assertThat(run.baskets()).isEqualTo(2);
    }

    @Test
    @DisplayName("the reducer adds up stripes entry by entry, partial sums too, and writes the item once")
    void reducerSumsStripes() {
        Run run = StripeHarness.reduce(List.of(
                Map.entry("milk", List.of(Map.of("milk", 1L, "bread", 1L), Map.of("milk", 3L, "eggs", 2L),
                        Map.of("milk", 1L, "bread", 4L))),
                Map.entry("tea", List.of(Map.of("tea", 1L)))));

        assertThat(run.writes()).containsExactly(
                new Write("milk", Map.of("milk", 5L, "bread", 5L, "eggs", 2L), 0),
                new Write("tea", Map.of("tea", 1L), 1));
    }

    @Test
    @DisplayName("counts past 2^31 add up as longs")
    void countsAreLongs() {
        long big = 3_000_000_000L;
        Run run = StripeHarness.reduce(List.of(Map.entry("rice", List.of(Map.of("rice", big), Map.of("rice", big)))));

        assertThat(run.writes()).containsExactly(new Write("rice", Map.of("rice", 2 * big), 0));
    }
}
