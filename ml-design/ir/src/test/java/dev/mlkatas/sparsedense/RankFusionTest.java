package dev.mlkatas.sparsedense;

import static dev.mlkatas.sparsedense.RankFusion.reciprocalRankFusion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 4: RankFusion")
class RankFusionTest {

    @Test
    @DisplayName("fuses the statement's example")
    void fusesTheStatementsExample() {
        assertThat(reciprocalRankFusion(List.of(List.of(7, 2), List.of(2, 9)), 60, 10)).containsExactly(2, 7, 9);
    }

    @Test
    @DisplayName("ranks a document found second by both above one found first by only one")
    void agreementBeatsOneFirstPlace() {
        assertThat(reciprocalRankFusion(List.of(List.of(1, 5), List.of(2, 5)), 60, 3)).startsWith(5);
    }

    @Test
    @DisplayName("with k = 0, one first place beats two second places: the damping is what lets agreement win")
    void smallKFavoursFirstPlaces() {
        // k = 0: 1 earns 1, 5 earns 1/2 + 1/2 = 1, a tie broken by id; 3 earns 1/3 + 1/3.
        assertThat(reciprocalRankFusion(List.of(List.of(1, 5, 3), List.of(2, 5, 3)), 0, 4))
                .containsExactly(1, 2, 5, 3);
    }

    @Test
    @DisplayName("breaks ties by ascending id")
    void breaksTiesById() {
        assertThat(reciprocalRankFusion(List.of(List.of(9, 4), List.of(4, 9)), 60, 2)).containsExactly(4, 9);
        assertThat(reciprocalRankFusion(List.of(List.of(8), List.of(3)), 60, 2)).containsExactly(3, 8);
    }

    @Test
    @DisplayName("ties documents with the same ranks to the bit, whatever order the rankings give those ranks in")
    void tiesSameRanksInAnyOrder() {
        // 10 is 7th, 1st and 2nd; 20 is 1st, 2nd and 7th. Added in the rankings' order, 1/67 + 1/61 + 1/62 is
        // one ulp below 1/61 + 1/62 + 1/67, and 20 would come first.
        List<Integer> first = List.of(20, 31, 32, 33, 34, 35, 10);
        List<Integer> second = List.of(10, 20, 41, 42, 43, 44, 45);
        List<Integer> third = List.of(51, 10, 52, 53, 54, 55, 20);

        assertThat(reciprocalRankFusion(List.of(first, second, third), 60, 2)).containsExactly(10, 20);
    }

    @Test
    @DisplayName("ties documents with the same ranks to the bit with k = 0, where the rankings' order adds up to 1.0")
    void tiesSameRanksInAnyOrderWithoutDamping() {
        // 10 is 2nd, 3rd and 6th of three rankings, 30 is 2nd, 6th and 3rd of three others. With k = 0,
        // 1/2 + 1/6 + 1/3 is 1.0 but 1/2 + 1/3 + 1/6 is one ulp below: added in the rankings' order, 30 wins.
        List<List<Integer>> rankings = List.of(
                List.of(101, 10), List.of(102, 103, 10), List.of(104, 105, 106, 107, 108, 10),
                List.of(111, 30), List.of(112, 113, 114, 115, 116, 30), List.of(117, 118, 30));

        List<Integer> fused = reciprocalRankFusion(rankings, 0, 30);

        assertThat(fused).containsSubsequence(10, 30);
        assertThat(fused.indexOf(30)).isEqualTo(fused.indexOf(10) + 1);
    }

    @Test
    @DisplayName("returns a single ranking as it is, cut at the limit")
    void singleRankingUnchanged() {
        assertThat(reciprocalRankFusion(List.of(List.of(4, 8, 15, 16, 23, 42)), 60, 4)).containsExactly(4, 8, 15, 16);
    }

    @Test
    @DisplayName("returns fewer than the limit when the rankings hold fewer documents, and nothing for a limit of 0")
    void limits() {
        assertThat(reciprocalRankFusion(List.of(List.of(1, 2), List.of(2, 3)), 60, 10)).containsExactlyInAnyOrder(1,
                2, 3);
        assertThat(reciprocalRankFusion(List.of(List.of(1, 2)), 60, 0)).isEmpty();
        assertThat(reciprocalRankFusion(List.of(), 60, 10)).isEmpty();
        assertThat(reciprocalRankFusion(List.of(List.of(), List.of()), 60, 10)).isEmpty();
    }

    @Test
    @DisplayName("leaves out nothing a ranking found, however far down")
    void keepsDeepDocuments() {
        List<Integer> deep = java.util.stream.IntStream.range(0, 500).boxed().toList();

        assertThat(reciprocalRankFusion(List.of(deep, List.of(499)), 60, 1)).containsExactly(499);
    }

    @Test
    @DisplayName("rejects a ranking that repeats a document, and a negative k or limit")
    void rejectsBadInput() {
        assertThatThrownBy(() -> reciprocalRankFusion(List.of(List.of(1, 2, 1)), 60, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1");
        assertThatThrownBy(() -> reciprocalRankFusion(List.of(List.of(1)), -1, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reciprocalRankFusion(List.of(List.of(1)), 60, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
