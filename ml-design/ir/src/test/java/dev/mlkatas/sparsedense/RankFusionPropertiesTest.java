package dev.mlkatas.sparsedense;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Reciprocal rank fusion against an oracle that scores every document of the union and sorts, on rankings
 * drawn from a small pool of ids so that they overlap, of different lengths, some empty.
 */
@Label("Task 4: RankFusion, properties")
class RankFusionPropertiesTest {

    @Property
    @Label("returns the best-scoring documents of the union, by descending score, equal ranks by id")
    void agreesWithTheOracle(@ForAll("rankings") List<List<Integer>> rankings, @ForAll("ks") int k,
            @ForAll("limits") int limit) {
        Map<Integer, List<Integer>> ranks = ranks(rankings);

        List<Integer> fused = RankFusion.reciprocalRankFusion(rankings, k, limit);

        assertThat(fused).hasSize(Math.min(limit, ranks.size()));
        for (int i = 1; i < fused.size(); i++) {
            int before = fused.get(i - 1);
            int after = fused.get(i);
            assertThat(score(ranks.get(before), k)).as("score of %d, before %d", before, after)
                    .isGreaterThanOrEqualTo(score(ranks.get(after), k) - TOLERANCE);
            if (ranks.get(before).equals(ranks.get(after))) {
                assertThat(before).as("documents with the same ranks come by id").isLessThan(after);
            }
        }
        if (!fused.isEmpty()) {
            double last = score(ranks.get(fused.get(fused.size() - 1)), k);
            ranks.keySet().stream().filter(id -> !fused.contains(id)).forEach(id ->
                    assertThat(score(ranks.get(id), k)).as("score of %d, left out", id).isLessThanOrEqualTo(last
                            + TOLERANCE));
        }
    }

    @Property
    @Label("returns distinct documents that some ranking holds, as many as the limit allows")
    void returnsDistinctDocumentsOfTheUnion(@ForAll("rankings") List<List<Integer>> rankings,
            @ForAll("limits") int limit) {
        Set<Integer> union = new HashSet<>();
        rankings.forEach(union::addAll);

        List<Integer> fused = RankFusion.reciprocalRankFusion(rankings, 60, limit);

        assertThat(fused).doesNotHaveDuplicates();
        assertThat(union).containsAll(fused);
        assertThat(fused).hasSize(Math.min(limit, union.size()));
    }

    @Property
    @Label("a document first in every ranking comes first")
    void unanimousWinnerComesFirst(@ForAll("rankings") List<List<Integer>> rankings, @ForAll("ks") int k) {
        List<List<Integer>> withWinner = new ArrayList<>();
        for (List<Integer> ranking : rankings) {
            List<Integer> copy = new ArrayList<>(ranking);
            copy.remove(Integer.valueOf(1000));
            copy.add(0, 1000);
            withWinner.add(copy);
        }
        if (!withWinner.isEmpty()) {
            assertThat(RankFusion.reciprocalRankFusion(withWinner, k, 5)).startsWith(1000);
        }
    }

    @Property
    @Label("documents with the same ranks, given in a different order of the rankings, tie and come by id")
    void sameRanksInAnyOrderTieToTheBit(@ForAll("permutedRanks") PermutedRanks c) {
        // The document 1 is at c.low()[i] in ranking i, the document 2 at c.high()[i] in ranking m + i, and
        // every other place holds a document of its own (from 1000 up).
        List<List<Integer>> rankings = new ArrayList<>();
        int[] filler = {1000};
        for (List<Integer> ranks : List.of(c.low(), c.high())) {
            int id = ranks == c.low() ? 1 : 2;
            for (int rank : ranks) {
                List<Integer> ranking = new ArrayList<>();
                for (int position = 1; position <= rank; position++) {
                    ranking.add(position == rank ? id : filler[0]++);
                }
                rankings.add(ranking);
            }
        }

        List<Integer> fused = RankFusion.reciprocalRankFusion(rankings, c.k(), Integer.MAX_VALUE);

        assertThat(fused.indexOf(2)).as("the same ranks %s and %s with k = %d: 1 then 2, side by side", c.low(),
                c.high(), c.k()).isEqualTo(fused.indexOf(1) + 1);
    }

    // ---- Oracle -----------------------------------------------------------------------------------------

    /**
     * Different ranks can add up to the same total (with k = 0, 1/2 + 1/12 = 1/4 + 1/3), and then the two
     * sums may differ in the last bit depending on the order of addition: such totals count as equal.
     */
    private static final double TOLERANCE = 1e-12;

    /** Every document's ranks (from 1), sorted ascending. */
    private static Map<Integer, List<Integer>> ranks(List<List<Integer>> rankings) {
        Map<Integer, List<Integer>> ranks = new HashMap<>();
        for (List<Integer> ranking : rankings) {
            for (int r = 0; r < ranking.size(); r++) {
                ranks.computeIfAbsent(ranking.get(r), id -> new ArrayList<>()).add(r + 1);
            }
        }
        ranks.values().forEach(Collections::sort);
        return ranks;
    }

    private static double score(List<Integer> ranks, int k) {
        return ranks.stream().mapToDouble(r -> 1.0 / (k + r)).sum();
    }

    // ---- Generators -------------------------------------------------------------------------------------

    @Provide
    Arbitrary<List<List<Integer>>> rankings() {
        // A shuffled prefix of a small pool: no repeats within a ranking, much overlap between rankings.
        Arbitrary<List<Integer>> ranking = Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0,
                12))
                .as((seed, length) -> {
                    List<Integer> pool = new ArrayList<>();
                    for (int id = 0; id < 15; id++) {
                        pool.add(id);
                    }
                    Collections.shuffle(pool, new Random(seed));
                    return List.copyOf(pool.subList(0, length));
                });
        return ranking.list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<Integer> ks() {
        return Arbitraries.of(0, 1, 2, 60);
    }

    @Provide
    Arbitrary<Integer> limits() {
        return Arbitraries.integers().between(0, 20);
    }

    /** The ranks of two documents, the second a shuffle of the first, and the damping {@code k}. */
    record PermutedRanks(List<Integer> low, List<Integer> high, int k) {
    }

    @Provide
    Arbitrary<PermutedRanks> permutedRanks() {
        Arbitrary<PermutedRanks> random = Combinators.combine(
                Arbitraries.integers().between(1, 12).list().ofMinSize(3).ofMaxSize(6), Arbitraries.longs(), ks())
                .as((ranks, seed, k) -> {
                    List<Integer> shuffled = new ArrayList<>(ranks);
                    Collections.shuffle(shuffled, new Random(seed));
                    return new PermutedRanks(List.copyOf(ranks), List.copyOf(shuffled), k);
                });
        // On purpose, orders whose sums differ in the last bit: added as given, 2 would win or lose by one ulp.
        Arbitrary<PermutedRanks> traps = Arbitraries.of(
                new PermutedRanks(List.of(7, 1, 2), List.of(1, 2, 7), 60),
                new PermutedRanks(List.of(1, 2, 7), List.of(7, 1, 2), 60),
                new PermutedRanks(List.of(2, 3, 6), List.of(2, 6, 3), 0),
                new PermutedRanks(List.of(1, 2, 5), List.of(1, 5, 2), 1));
        return Arbitraries.frequencyOf(Tuple.of(1, traps), Tuple.of(3, random));
    }
}
