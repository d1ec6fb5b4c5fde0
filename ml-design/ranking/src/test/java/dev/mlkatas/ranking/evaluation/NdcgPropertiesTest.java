package dev.mlkatas.ranking.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * NDCG against an oracle that knows nothing of groups: the tie-aware value is the mean, over every order
 * of the tied items, of the plain DCG of that order (McSherry and Najork's definition). Lists have up to 7
 * items with scores from a handful of values, so ties are the rule, and the oracle enumerates at most 7!
 * orders.
 */
@Label("Task 1: Ndcg, properties")
class NdcgPropertiesTest {

    @Property
    @Label("equals the mean NDCG over every order of the tied items")
    void agreesWithTheOracle(@ForAll("lists") JudgedList list, @ForAll @IntRange(min = 1, max = 9) int k) {
        double expected = meanOverTieOrders(list, k);

        assertThat(Ndcg.at(k, list.scores(), list.grades(), list.allJudgedGrades()))
                .as("%s at k = %d", list, k).isCloseTo(expected, within(1e-9));
    }

    @Property
    @Label("does not depend on the order of the input")
    void independentOfInputOrder(@ForAll("lists") JudgedList list, @ForAll @IntRange(min = 1, max = 9) int k,
            @ForAll long seed) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, list.scores().length).boxed().toList());
        Collections.shuffle(order, new Random(seed));
        JudgedList shuffled = list.permuted(order.stream().mapToInt(Integer::intValue).toArray());

        assertThat(Ndcg.at(k, shuffled.scores(), shuffled.grades(), shuffled.allJudgedGrades()))
                .as("%s shuffled to %s", list, shuffled)
                .isCloseTo(Ndcg.at(k, list.scores(), list.grades(), list.allJudgedGrades()), within(1e-12));
    }

    @Property
    @Label("is from 0 to 1, and exactly 0 when no judged item is relevant")
    void inTheUnitInterval(@ForAll("lists") JudgedList list, @ForAll @IntRange(min = 1, max = 9) int k) {
        double ndcg = Ndcg.at(k, list.scores(), list.grades(), list.allJudgedGrades());

        assertThat(ndcg).isBetween(0.0, 1.0 + 1e-12);
        if (Arrays.stream(list.allJudgedGrades()).allMatch(g -> g == 0)) {
            assertThat(ndcg).isZero();
        }
    }

    @Property
    @Label("only the order of the scores matters: an increasing map of them changes nothing")
    void onlyTheOrderOfScoresMatters(@ForAll("lists") JudgedList list, @ForAll @IntRange(min = 1, max = 9) int k) {
        double[] mapped = Arrays.stream(list.scores()).map(s -> 3 * s - 7).toArray();

        assertThat(Ndcg.at(k, mapped, list.grades(), list.allJudgedGrades()))
                .isCloseTo(Ndcg.at(k, list.scores(), list.grades(), list.allJudgedGrades()), within(1e-12));
    }

    @Property
    @Label("is 1 when the scores order the items by grade and every judged item is listed")
    void idealScoresGiveOne(@ForAll("lists") JudgedList list, @ForAll @IntRange(min = 1, max = 9) int k) {
        // Score = grade: equal grades tie, which costs nothing, since they gain alike.
        double[] byGrade = Arrays.stream(list.grades()).asDoubleStream().toArray();

        double ndcg = Ndcg.at(k, byGrade, list.grades(), list.grades());

        if (Arrays.stream(list.grades()).anyMatch(g -> g > 0)) {
            assertThat(ndcg).isCloseTo(1.0, within(1e-12));
        }
    }

    @Property
    @Label("a relevant judged item the list misses can only lower it")
    void missedItemsCost(@ForAll("lists") JudgedList list, @ForAll @IntRange(min = 1, max = 9) int k,
            @ForAll @IntRange(min = 1, max = 3) int missedGrade) {
        int[] moreJudged = Arrays.copyOf(list.allJudgedGrades(), list.allJudgedGrades().length + 1);
        moreJudged[moreJudged.length - 1] = missedGrade;

        assertThat(Ndcg.at(k, list.scores(), list.grades(), moreJudged))
                .isLessThanOrEqualTo(Ndcg.at(k, list.scores(), list.grades(), list.allJudgedGrades()) + 1e-12);
    }

    // ---- Oracle -----------------------------------------------------------------------------------------

    /** The mean, over every order of the list consistent with its scores, of the plain NDCG of that order. */
    private static double meanOverTieOrders(JudgedList list, int k) {
        double ideal = plainDcg(k, descending(list.allJudgedGrades()));
        if (ideal == 0) {
            return 0;
        }
        List<int[]> orders = TieOrders.of(list.scores());
        double total = 0;
        for (int[] order : orders) {
            total += plainDcg(k, Arrays.stream(order).map(i -> list.grades()[i]).toArray());
        }
        return total / orders.size() / ideal;
    }

    /** DCG@k of grades in the order given: gain 2^g - 1, discount 1 / log2(position + 1). */
    private static double plainDcg(int k, int[] gradesInOrder) {
        double dcg = 0;
        for (int p = 0; p < Math.min(k, gradesInOrder.length); p++) {
            dcg += (Math.pow(2, gradesInOrder[p]) - 1) / (Math.log(p + 2) / Math.log(2));
        }
        return dcg;
    }

    private static int[] descending(int[] grades) {
        return Arrays.stream(grades).boxed().sorted(Collections.reverseOrder()).mapToInt(Integer::intValue).toArray();
    }

    // ---- Generators -------------------------------------------------------------------------------------

    @Provide
    Arbitrary<JudgedList> lists() {
        return JudgedList.lists();
    }
}
