package dev.mlkatas.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.rankers.Bm25Ranker;
import dev.mlkatas.ranking.rankers.LearnedRanker;
import dev.mlkatas.ranking.rankers.Ranker;
import dev.mlkatas.ranking.rankers.TrainingSettings;
import dev.mlkatas.ranking.search.Hit;
import dev.mlkatas.ranking.simulation.catalog.SyntheticCatalog;
import dev.mlkatas.ranking.simulation.experiment.HeldOutQueries;
import dev.mlkatas.ranking.simulation.experiment.OfflineEvaluation.Row;
import dev.mlkatas.ranking.simulation.experiment.OfflineEvaluation;
import dev.mlkatas.ranking.simulation.experiment.SimulatedShop;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The quality bars of the whole system on a simulated shop: what the kata's pieces are for. Every piece
 * of yours takes part: the features feed the learned ranker, NDCG scores it, and the shop's history was
 * logged through them.
 */
class RankingQualityTest {

    private static final long SEED = 7;
    private static final int K = 10;
    /** The aisles of the traps of "fish": cat food, fish-shaped crackers, fish-oil supplements. */
    private static final Set<String> FISH_TRAPS = Set.of("cat food care", "crackers", "vitamins supplements");

    private static SimulatedShop shop;
    private static HeldOutQueries heldOut;
    private static LearnedRanker learned;

    @BeforeAll
    static void openShop() {
        shop = SimulatedShop.open(SyntheticCatalog.generate(SEED, 12_000), SEED,
                new SimulatedShop.Settings(10_000, 10_000, TrainingSettings.DEFAULTS));
        heldOut = HeldOutQueries.draw(shop.simulator().queries(), 0.3, SEED);
        learned = shop.learnedRanker(heldOut.training(), true);
    }

    @AfterAll
    static void closeShop() {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    @DisplayName("the learned ranker beats BM25's NDCG@10 on held-out queries by a clear margin")
    void learnedRankerBeatsBm25() {
        Map<String, Ranker> rankers = new LinkedHashMap<>();
        rankers.put("bm25", new Bm25Ranker());
        rankers.put("ltr", learned);

        List<Row> rows = OfflineEvaluation.run(shop, rankers, heldOut, K, 30, SEED);

        Row bm25 = overall(rows, "bm25");
        Row ltr = overall(rows, "ltr");
        assertThat(ltr.queries()).isEqualTo(heldOut.queries().size()).isPositive();
        assertThat(ltr.ndcg()).as("NDCG@10 of ltr against bm25 (%.3f)", bm25.ndcg()).isGreaterThan(bm25.ndcg() + 0.05);
    }

    @Test
    @DisplayName("the top 10 for \"fish\" holds no cat food, crackers or supplements, and real fish")
    void fishMeansFish() {
        List<Hit> top = shop.system().search("fish", OptionalInt.empty(), learned, K);

        assertThat(top).hasSize(K);
        assertThat(top).extracting(hit -> hit.product().aisle()).doesNotContainAnyElementsOf(FISH_TRAPS);
        assertThat(top).extracting(Hit::product).extracting(Product::department).contains("meat seafood");
    }

    private static Row overall(List<Row> rows, String ranker) {
        return rows.stream().filter(r -> r.ranker().equals(ranker) && r.segment().isEmpty()).findFirst().orElseThrow();
    }
}
