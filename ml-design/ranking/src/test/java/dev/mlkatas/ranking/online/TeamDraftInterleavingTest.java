package dev.mlkatas.ranking.online;

import static dev.mlkatas.ranking.online.TeamDraftInterleaving.Team.A;
import static dev.mlkatas.ranking.online.TeamDraftInterleaving.Team.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlkatas.ranking.online.TeamDraftInterleaving.Interleaving;
import dev.mlkatas.ranking.online.TeamDraftInterleaving.Outcome;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 3: TeamDraftInterleaving")
class TeamDraftInterleavingTest {

    /** Every interleaving the coins can give, with its probability. */
    private static Map<Interleaving, Double> outcomes(List<Integer> a, List<Integer> b) {
        Map<Interleaving, Double> outcomes = new HashMap<>();
        EveryCoinFlip.of(a, b).forEach(leaf -> outcomes.merge(leaf.interleaving(), leaf.probability(), Double::sum));
        return outcomes;
    }

    @Test
    @DisplayName("gives the statement's example, and the three other pages the coins allow, each a quarter of the time")
    void statementsExample() {
        assertThat(outcomes(List.of(1, 2, 3), List.of(2, 3, 1))).isEqualTo(Map.of(
                new Interleaving(List.of(1, 2, 3), List.of(A, B, B)), 0.25,
                new Interleaving(List.of(1, 2, 3), List.of(A, B, A)), 0.25,
                new Interleaving(List.of(2, 1, 3), List.of(B, A, A)), 0.25,
                new Interleaving(List.of(2, 1, 3), List.of(B, A, B)), 0.25));
    }

    @Test
    @DisplayName("takes disjoint rankings in pairs, the coin ordering each pair, and stops when one is used up")
    void disjointRankings() {
        Map<Interleaving, Double> outcomes = outcomes(List.of(1, 2), List.of(3, 4));

        // After 1 and 3, whoever picks third takes its last item, and then that ranking has nothing left.
        assertThat(outcomes).hasSize(4).allSatisfy((interleaving, probability) -> {
            assertThat(probability).isEqualTo(0.25);
            assertThat(interleaving.items()).hasSize(3);
            assertThat(Set.copyOf(interleaving.items().subList(0, 2))).isEqualTo(Set.of(1, 3));
            assertThat(interleaving.items().get(2)).isIn(2, 4);
        });
    }

    @Test
    @DisplayName("shows identical rankings as they are, the teams taking turns in pairs")
    void identicalRankings() {
        Map<Interleaving, Double> outcomes = outcomes(List.of(5, 6, 7), List.of(5, 6, 7));

        assertThat(outcomes).isEqualTo(Map.of(
                new Interleaving(List.of(5, 6, 7), List.of(A, B, A)), 0.25,
                new Interleaving(List.of(5, 6, 7), List.of(A, B, B)), 0.25,
                new Interleaving(List.of(5, 6, 7), List.of(B, A, A)), 0.25,
                new Interleaving(List.of(5, 6, 7), List.of(B, A, B)), 0.25));
    }

    @Test
    @DisplayName("stops as soon as one ranking has nothing new left, so the teams stay level")
    void stopsWhenARankingRunsOut() {
        assertThat(outcomes(List.of(1), List.of(2, 3, 4))).isEqualTo(Map.of(
                new Interleaving(List.of(1), List.of(A)), 0.5,
                new Interleaving(List.of(2, 1), List.of(B, A)), 0.5));
        assertThat(outcomes(List.of(), List.of(2, 3))).isEqualTo(Map.of(new Interleaving(List.of(), List.of()), 1.0));
    }

    @Test
    @DisplayName("skips an item the other team already showed and takes the next one of its own ranking")
    void skipsShownItems() {
        Map<Interleaving, Double> outcomes = outcomes(List.of(1, 2, 3, 4), List.of(1, 2, 5, 6));

        assertThat(outcomes).allSatisfy((interleaving, probability) -> {
            assertThat(interleaving.items().subList(0, 2)).containsExactly(1, 2);
            assertThat(Set.copyOf(interleaving.items().subList(2, 4))).isEqualTo(Set.of(3, 5));
        });
    }

    @Test
    @DisplayName("lets A pick when the coin (random.nextBoolean()) says true, and B when it says false")
    void trueMeansAPicks() {
        List<Integer> a = List.of(1, 2, 3, 4);
        List<Integer> b = List.of(5, 6, 7, 8);

        assertThat(TeamDraftInterleaving.interleave(a, b, new ScriptedCoin(List.of(true, true, true, true))))
                .isEqualTo(new Interleaving(List.of(1, 5, 2, 6, 3, 7, 4), List.of(A, B, A, B, A, B, A)));
        assertThat(TeamDraftInterleaving.interleave(a, b, new ScriptedCoin(List.of(false, false, false, false))))
                .isEqualTo(new Interleaving(List.of(5, 1, 6, 2, 7, 3, 8), List.of(B, A, B, A, B, A, B)));
    }

    @Test
    @DisplayName("gives the statement's page for the coins true then false: [1, 2, 3] with teams [A, B, B]")
    void statementsCoins() {
        ScriptedCoin coins = new ScriptedCoin(List.of(true, false));

        assertThat(TeamDraftInterleaving.interleave(List.of(1, 2, 3), List.of(2, 3, 1), coins))
                .isEqualTo(new Interleaving(List.of(1, 2, 3), List.of(A, B, B)));
        assertThat(coins.used()).as("coins flipped").isEqualTo(2);
    }

    @Test
    @DisplayName("gives the same page for the same seed")
    void repeatableWithASeed() {
        List<Integer> a = List.of(10, 11, 12, 13, 14, 15);
        List<Integer> b = List.of(15, 14, 13, 12, 11, 10);

        assertThat(TeamDraftInterleaving.interleave(a, b, new SplittableRandom(42)))
                .isEqualTo(TeamDraftInterleaving.interleave(a, b, new SplittableRandom(42)));
    }

    @Test
    @DisplayName("credits each click to the team that picked the item; more clicks win, as many tie")
    void credit() {
        Interleaving page = new Interleaving(List.of(1, 2, 3, 4), List.of(A, B, B, A));

        assertThat(page.credit(Set.of(3))).isEqualTo(Outcome.B_WINS);
        assertThat(page.credit(Set.of(1))).isEqualTo(Outcome.A_WINS);
        assertThat(page.credit(Set.of(1, 2))).isEqualTo(Outcome.TIE);
        assertThat(page.credit(Set.of(2, 3, 4))).isEqualTo(Outcome.B_WINS);
        assertThat(page.credit(Set.of(1, 2, 3, 4))).isEqualTo(Outcome.TIE);
        assertThat(page.credit(Set.of())).isEqualTo(Outcome.TIE);
    }

    @Test
    @DisplayName("rejects a click on an item the page does not show")
    void rejectsClicksOffThePage() {
        Interleaving page = new Interleaving(List.of(1, 2), List.of(A, B));

        assertThatThrownBy(() -> page.credit(Set.of(1, 9))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9");
    }

    @Test
    @DisplayName("rejects a ranking that holds an item twice")
    void rejectsRepeats() {
        SplittableRandom random = new SplittableRandom(1);

        assertThatThrownBy(() -> TeamDraftInterleaving.interleave(List.of(1, 2, 1), List.of(3), random))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TeamDraftInterleaving.interleave(List.of(1), List.of(3, 3), random))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("is fair only on the positions every page has: past them, a click can favour one side")
    void fairnessNeedsPositionsEveryPageHas() {
        // A = [1], B = [2, 3]: the page is [1] (A) or [2, 1] (B, A). A click on position 2 exists only on the
        // second page, where it is A's: A wins half the time, B never. Position 1 is fair: 1/2 and 1/2.
        double aWins = 0;
        double bWins = 0;
        for (EveryCoinFlip.Leaf leaf : EveryCoinFlip.of(List.of(1), List.of(2, 3))) {
            List<Integer> items = leaf.interleaving().items();
            if (items.size() >= 2) {
                Outcome outcome = leaf.interleaving().credit(Set.of(items.get(1)));
                aWins += outcome == Outcome.A_WINS ? leaf.probability() : 0;
                bWins += outcome == Outcome.B_WINS ? leaf.probability() : 0;
            }
        }

        assertThat(aWins).isEqualTo(0.5);
        assertThat(bWins).isZero();
    }
}
