package dev.mlkatas.ranking.online;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.ranking.online.TeamDraftInterleaving.Interleaving;
import dev.mlkatas.ranking.online.TeamDraftInterleaving.Outcome;
import dev.mlkatas.ranking.online.TeamDraftInterleaving.Team;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Team-draft interleaving on rankings drawn from a small pool of items, so that they overlap: shuffled
 * prefixes of 0 to 8 items out of 10. The structural properties run with a seeded generator; fairness is
 * checked exactly, over every outcome of the coin flips ({@link EveryCoinFlip}).
 */
@Label("Task 3: TeamDraftInterleaving, properties")
class TeamDraftInterleavingPropertiesTest {

    @Property
    @Label("shows each item once, every item from its own team's ranking")
    void itemsComeFromTheirTeams(@ForAll("rankings") List<Integer> a, @ForAll("rankings") List<Integer> b,
            @ForAll long seed) {
        Interleaving page = TeamDraftInterleaving.interleave(a, b, new SplittableRandom(seed));

        assertThat(page.items()).doesNotHaveDuplicates().hasSameSizeAs(page.teams());
        for (int p = 0; p < page.items().size(); p++) {
            assertThat(page.teams().get(p) == Team.A ? a : b).as("the ranking of the team of position %d", p)
                    .contains(page.items().get(p));
        }
    }

    @Property
    @Label("at every level position, the team the coin names picks: true is A, false is B")
    void theCoinNamesThePicker(@ForAll("rankings") List<Integer> a, @ForAll("rankings") List<Integer> b,
            @ForAll("coins") List<Boolean> coins) {
        Interleaving page = TeamDraftInterleaving.interleave(a, b, new ScriptedCoin(coins));

        // Positions 0, 2, 4... are the level ones: the j-th coin decides position 2j.
        for (int p = 0; p < page.items().size(); p += 2) {
            boolean coin = p / 2 < coins.size() && coins.get(p / 2);
            assertThat(page.teams().get(p)).as("position %d, coins %s", p, coins).isEqualTo(coin ? Team.A : Team.B);
        }
    }

    @Property
    @Label("each team picks the best item of its ranking not shown yet, and a team behind picks next")
    void picksLikeTeamCaptains(@ForAll("rankings") List<Integer> a, @ForAll("rankings") List<Integer> b,
            @ForAll long seed) {
        Interleaving page = TeamDraftInterleaving.interleave(a, b, new SplittableRandom(seed));

        int sizeA = 0;
        int sizeB = 0;
        for (int p = 0; p < page.items().size(); p++) {
            Team team = page.teams().get(p);
            List<Integer> above = page.items().subList(0, p);
            List<Integer> ranking = team == Team.A ? a : b;
            Integer best = ranking.stream().filter(item -> !above.contains(item)).findFirst().orElseThrow();
            assertThat(page.items().get(p)).as("position %d, picked by %s", p, team).isEqualTo(best);
            if (sizeA != sizeB) {
                assertThat(team).as("position %d: the team behind picks", p).isEqualTo(sizeA < sizeB ? Team.A : Team.B);
            }
            sizeA += team == Team.A ? 1 : 0;
            sizeB += team == Team.B ? 1 : 0;
            assertThat(Math.abs(sizeA - sizeB)).as("team sizes after position %d", p).isLessThanOrEqualTo(1);
        }
    }

    @Property
    @Label("every prefix of the page is a prefix of A together with a prefix of B")
    void prefixesAreUnionsOfPrefixes(@ForAll("rankings") List<Integer> a, @ForAll("rankings") List<Integer> b,
            @ForAll long seed) {
        Interleaving page = TeamDraftInterleaving.interleave(a, b, new SplittableRandom(seed));

        for (int p = 0; p <= page.items().size(); p++) {
            Set<Integer> shown = new HashSet<>(page.items().subList(0, p));
            Set<Integer> union = new HashSet<>(longestPrefixWithin(a, shown));
            union.addAll(longestPrefixWithin(b, shown));
            assertThat(union).as("the first %d items %s", p, shown).isEqualTo(shown);
        }
    }

    @Property
    @Label("goes on until one ranking is all shown: the page is at least as long as the shorter ranking")
    void stopsOnlyWhenARankingIsUsedUp(@ForAll("rankings") List<Integer> a, @ForAll("rankings") List<Integer> b,
            @ForAll long seed) {
        Interleaving page = TeamDraftInterleaving.interleave(a, b, new SplittableRandom(seed));

        assertThat(page.items().containsAll(a) || page.items().containsAll(b)).isTrue();
        assertThat(page.items().size()).isGreaterThanOrEqualTo(Math.min(a.size(), b.size()));
    }

    @Property(tries = 200)
    @Label("is fair: for any clicks on the positions every page has, A and B win with exactly equal probability")
    void fairUnderRandomClicks(@ForAll("rankings") List<Integer> a, @ForAll("rankings") List<Integer> b) {
        List<EveryCoinFlip.Leaf> leaves = EveryCoinFlip.of(a, b);
        int positions = Math.min(a.size(), b.size());

        assertThat(leaves.stream().mapToDouble(EveryCoinFlip.Leaf::probability).sum()).isEqualTo(1.0);
        // Clicks that depend on neither the items nor the teams are a distribution over sets of positions;
        // fairness for every single set is fairness for every such distribution.
        for (int clicks = 0; clicks < 1 << positions; clicks++) {
            double aWins = 0;
            double bWins = 0;
            for (EveryCoinFlip.Leaf leaf : leaves) {
                Outcome outcome = leaf.interleaving().credit(itemsAt(leaf.interleaving(), clicks));
                aWins += outcome == Outcome.A_WINS ? leaf.probability() : 0;
                bWins += outcome == Outcome.B_WINS ? leaf.probability() : 0;
            }
            assertThat(aWins).as("P(A wins) against P(B wins), clicks on positions %s of %s and %s",
                    Integer.toBinaryString(clicks), a, b).isEqualTo(bWins);
        }
    }

    @Property(tries = 50)
    @Label("identical rankings: the page is the ranking, and A and B win any set of clicks equally often")
    void identicalRankingsTieInExpectation(@ForAll("rankings") List<Integer> ranking) {
        List<EveryCoinFlip.Leaf> leaves = EveryCoinFlip.of(ranking, ranking);

        for (int clicks = 0; clicks < 1 << ranking.size(); clicks++) {
            double aWins = 0;
            double bWins = 0;
            for (EveryCoinFlip.Leaf leaf : leaves) {
                assertThat(leaf.interleaving().items()).isEqualTo(ranking);
                Outcome outcome = leaf.interleaving().credit(itemsAt(leaf.interleaving(), clicks));
                aWins += outcome == Outcome.A_WINS ? leaf.probability() : 0;
                bWins += outcome == Outcome.B_WINS ? leaf.probability() : 0;
            }
            assertThat(aWins).isEqualTo(bWins);
        }
    }

    @Property
    @Label("credit counts clicks per team: the winner has more, a tie has as many")
    void creditCountsClicks(@ForAll("rankings") List<Integer> a, @ForAll("rankings") List<Integer> b,
            @ForAll long seed, @ForAll int clickBits) {
        Interleaving page = TeamDraftInterleaving.interleave(a, b, new SplittableRandom(seed));
        Set<Integer> clicked = itemsAt(page, clickBits & ((1 << page.items().size()) - 1));
        long clicksA = clicked.stream().filter(item -> page.teams().get(page.items().indexOf(item)) == Team.A).count();
        long clicksB = clicked.size() - clicksA;

        Outcome expected = clicksA > clicksB ? Outcome.A_WINS : clicksB > clicksA ? Outcome.B_WINS : Outcome.TIE;
        assertThat(page.credit(clicked)).isEqualTo(expected);
    }

    // ---- Helpers ----------------------------------------------------------------------------------------

    private static List<Integer> longestPrefixWithin(List<Integer> ranking, Set<Integer> shown) {
        int length = 0;
        while (length < ranking.size() && shown.contains(ranking.get(length))) {
            length++;
        }
        return ranking.subList(0, length);
    }

    /** The items at the positions whose bits are set in {@code positions} (bit 0: the top). */
    private static Set<Integer> itemsAt(Interleaving page, int positions) {
        Set<Integer> items = new HashSet<>();
        for (int p = 0; p < page.items().size(); p++) {
            if ((positions >> p & 1) == 1) {
                items.add(page.items().get(p));
            }
        }
        return items;
    }

    // ---- Generators -------------------------------------------------------------------------------------

    @Provide
    Arbitrary<List<Integer>> rankings() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 8)).as((seed, length) -> {
            List<Integer> pool = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
            Collections.shuffle(pool, new Random(seed));
            return List.copyOf(pool.subList(0, length));
        });
    }

    /** Coin scripts, with all true and all false on purpose: a side swapped fails on them at once. */
    @Provide
    Arbitrary<List<Boolean>> coins() {
        return Arbitraries.of(true, false).list().ofSize(5)
                .edgeCases(edges -> edges.add(List.of(true, true, true, true, true))
                        .add(List.of(false, false, false, false, false)));
    }
}
