package dev.mlkatas.ranking.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 4: FeatureExtractor")
class FeatureExtractorTest {

    @Test
    @DisplayName("gives the statement's example vector")
    void statementsExample() {
        FeatureVector features = new QueryProductPair().extract();

        assertThat(features.toArray()).containsExactly(new double[] {
            2.5, 0.7, 0.3, 1, 1, 0.6, 0.8, 5 / Math.sqrt(5 * 6), Math.log(10), Math.log(2), 1, 0}, within(1e-12));
    }

    @Test
    @DisplayName("BM25_*: the candidate's score of each field, as retrieval computed it")
    void bm25Scores() {
        FeatureVector features = new QueryProductPair().bm25(3.25, 0, 1.5).extract();

        assertThat(features.get(Feature.BM25_NAME)).isEqualTo(3.25);
        assertThat(features.get(Feature.BM25_AISLE)).isZero();
        assertThat(features.get(Feature.BM25_DEPARTMENT)).isEqualTo(1.5);
    }

    @Test
    @DisplayName("EXACT_MATCH: 1 when the query's terms occur in the name as one run, in order")
    void exactMatch() {
        assertThat(new QueryProductPair().query("salmon", "fillet").name("wild", "salmon", "fillet", "skin", "on")
                .extract().get(Feature.EXACT_MATCH)).isEqualTo(1);
        assertThat(new QueryProductPair().query("fish").name("fish").extract().get(Feature.EXACT_MATCH)).isEqualTo(1);
    }

    @Test
    @DisplayName("EXACT_MATCH: 0 when the terms are all there but apart or out of order")
    void exactMatchNeedsOneRunInOrder() {
        assertThat(new QueryProductPair().query("fish", "sauce").name("sauce", "for", "fish")
                .extract().get(Feature.EXACT_MATCH)).isZero();
        assertThat(new QueryProductPair().query("fish", "sauce").name("fish", "soy", "sauce")
                .extract().get(Feature.EXACT_MATCH)).isZero();
        assertThat(new QueryProductPair().query("fish", "sauce").name("fish", "sauce")
                .extract().get(Feature.PARTIAL_MATCH)).isEqualTo(1);
    }

    @Test
    @DisplayName("EXACT_MATCH: a query term inside a longer name term is no match ('fish' in 'shellfish')")
    void exactMatchNeedsWholeTerms() {
        assertThat(new QueryProductPair().query("fish").name("shellfish", "platter")
                .extract().get(Feature.EXACT_MATCH)).isZero();
        assertThat(new QueryProductPair().query("on").name("wild", "salmon")
                .extract().get(Feature.EXACT_MATCH)).isZero();
        assertThat(new QueryProductPair().query("salmon", "fillet").name("smoked", "salmon", "filleted")
                .extract().get(Feature.EXACT_MATCH)).isZero();
        assertThat(new QueryProductPair().query("fish", "sauce").name("catfish", "sauce")
                .extract().get(Feature.EXACT_MATCH)).isZero();
    }

    @Test
    @DisplayName("PARTIAL_MATCH: a query term inside a longer name term is not there ('on' in 'salmon')")
    void partialMatchNeedsWholeTerms() {
        assertThat(new QueryProductPair().query("fish").name("shellfish", "platter")
                .extract().get(Feature.PARTIAL_MATCH)).isZero();
        assertThat(new QueryProductPair().query("fish", "sauce").name("catfish", "sauce")
                .extract().get(Feature.PARTIAL_MATCH)).isEqualTo(0.5);
    }

    @Test
    @DisplayName("EXACT_MATCH: a repeated query term must be repeated in the name too")
    void exactMatchWithRepeatedTerms() {
        assertThat(new QueryProductPair().query("salmon", "salmon").name("salmon", "fillet")
                .extract().get(Feature.EXACT_MATCH)).isZero();
        assertThat(new QueryProductPair().query("salmon", "salmon").name("salmon", "salmon", "bake")
                .extract().get(Feature.EXACT_MATCH)).isEqualTo(1);
    }

    @Test
    @DisplayName("PARTIAL_MATCH: the share of the query's distinct terms found among the name's terms")
    void partialMatch() {
        assertThat(new QueryProductPair().query("smoked", "salmon", "fillet").name("wild", "salmon", "fillet")
                .extract().get(Feature.PARTIAL_MATCH)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(new QueryProductPair().query("tuna").name("wild", "salmon").extract().get(Feature.PARTIAL_MATCH))
                .isZero();
    }

    @Test
    @DisplayName("PARTIAL_MATCH: counts a repeated query term once")
    void partialMatchCountsDistinctTerms() {
        assertThat(new QueryProductPair().query("salmon", "salmon", "cake").name("salmon", "fillet")
                .extract().get(Feature.PARTIAL_MATCH)).isEqualTo(0.5);
    }

    @Test
    @DisplayName("a name without terms matches nothing; an empty query matches nothing either")
    void emptyTerms() {
        FeatureVector noName = new QueryProductPair().query("fish").name().extract();
        FeatureVector noQuery = new QueryProductPair().query().name("fish").extract();

        assertThat(noName.get(Feature.EXACT_MATCH)).isZero();
        assertThat(noName.get(Feature.PARTIAL_MATCH)).isZero();
        assertThat(noQuery.get(Feature.EXACT_MATCH)).isZero();
        assertThat(noQuery.get(Feature.PARTIAL_MATCH)).isZero();
    }

    @Test
    @DisplayName("INTENT_*: P(aisle | query) and P(department | query) as given")
    void intent() {
        FeatureVector features = new QueryProductPair().intent(0.05, 0.4).extract();

        assertThat(features.get(Feature.INTENT_AISLE)).isEqualTo(0.05);
        assertThat(features.get(Feature.INTENT_DEPARTMENT)).isEqualTo(0.4);
    }

    @Test
    @DisplayName("DENSE_SIMILARITY: the cosine of the two vectors, 1 for parallel ones, -1 for opposite ones")
    void denseSimilarity() {
        assertThat(new QueryProductPair().vectors(new double[] {1, 0}, new double[] {0, 3}).extract()
                .get(Feature.DENSE_SIMILARITY)).isZero();
        assertThat(new QueryProductPair().vectors(new double[] {0.1, 0.2, 0.7}, new double[] {0.3, 0.6, 2.1})
                .extract().get(Feature.DENSE_SIMILARITY)).isBetween(1 - 1e-12, 1.0);
        assertThat(new QueryProductPair().vectors(new double[] {1, -2}, new double[] {-2, 4}).extract()
                .get(Feature.DENSE_SIMILARITY)).isBetween(-1.0, -1 + 1e-12);
    }

    @Test
    @DisplayName("DENSE_SIMILARITY: 0 when either vector is all zeros, or both are empty")
    void denseSimilarityOfZeroVectors() {
        assertThat(new QueryProductPair().vectors(new double[] {0, 0, 0}, new double[] {1, 2, 3}).extract()
                .get(Feature.DENSE_SIMILARITY)).isZero();
        assertThat(new QueryProductPair().vectors(new double[] {1, 2, 3}, new double[] {0, 0, 0}).extract()
                .get(Feature.DENSE_SIMILARITY)).isZero();
        assertThat(new QueryProductPair().vectors(new double[] {}, new double[] {}).extract()
                .get(Feature.DENSE_SIMILARITY)).isZero();
    }

    @Test
    @DisplayName("POPULARITY and USER_PURCHASES: log(1 + count), 0 for none")
    void counts() {
        FeatureVector never = new QueryProductPair().purchases(0).userPurchases(0).extract();
        FeatureVector often = new QueryProductPair().purchases(99).userPurchases(3).extract();

        assertThat(never.get(Feature.POPULARITY)).isZero();
        assertThat(never.get(Feature.USER_PURCHASES)).isZero();
        assertThat(often.get(Feature.POPULARITY)).isCloseTo(Math.log(100), within(1e-12));
        assertThat(often.get(Feature.USER_PURCHASES)).isCloseTo(Math.log(4), within(1e-12));
    }

    @Test
    @DisplayName("PRICE: log(price / aisle median), negative for a cheaper product")
    void price() {
        assertThat(new QueryProductPair().price(3, 6).extract().get(Feature.PRICE))
                .isCloseTo(-Math.log(2), within(1e-12));
        assertThat(new QueryProductPair().price(6, 6).extract().get(Feature.PRICE)).isZero();
    }

    @Test
    @DisplayName("PRICE: 0 when the price or the median is unknown (NaN) or not positive")
    void priceUnknown() {
        assertThat(new QueryProductPair().price(Double.NaN, 6).extract().get(Feature.PRICE)).isZero();
        assertThat(new QueryProductPair().price(4, Double.NaN).extract().get(Feature.PRICE)).isZero();
        assertThat(new QueryProductPair().price(0, 6).extract().get(Feature.PRICE)).isZero();
        assertThat(new QueryProductPair().price(4, 0).extract().get(Feature.PRICE)).isZero();
        assertThat(new QueryProductPair().price(-1, 6).extract().get(Feature.PRICE)).isZero();
        assertThat(new QueryProductPair().price(Double.POSITIVE_INFINITY, 6).extract().get(Feature.PRICE)).isZero();
    }

    @Test
    @DisplayName("IN_STOCK: 1 in stock, 0 out of stock")
    void inStock() {
        assertThat(new QueryProductPair().inStock(true).extract().get(Feature.IN_STOCK)).isEqualTo(1);
        assertThat(new QueryProductPair().inStock(false).extract().get(Feature.IN_STOCK)).isZero();
    }
}
