package dev.mlkatas.ranking.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

/**
 * The feature extractor on generated pairs: query and name terms from a vocabulary of eight words (so that
 * they overlap, repeat and sometimes match exactly; some inside others: "fish" in "catfish", "on" in
 * "salmon", so that a test on the joined text fails), zero, tiny and ordinary vectors, unknown and
 * non-positive prices, counts from 0.
 */
@Label("Task 4: FeatureExtractor, properties")
class FeatureExtractorPropertiesTest {

    @Property
    @Label("every value is finite, and the bounded ones stay in their bounds")
    void valuesAreFiniteAndBounded(@ForAll("pairs") QueryProductPair pair) {
        FeatureVector features = pair.extract();

        assertThat(Arrays.stream(features.toArray()).allMatch(Double::isFinite)).as("%s", features).isTrue();
        assertThat(features.get(Feature.PARTIAL_MATCH)).isBetween(0.0, 1.0);
        assertThat(features.get(Feature.EXACT_MATCH)).isIn(0.0, 1.0);
        assertThat(features.get(Feature.IN_STOCK)).isIn(0.0, 1.0);
        assertThat(features.get(Feature.DENSE_SIMILARITY)).isBetween(-1.0, 1.0);
        assertThat(features.get(Feature.POPULARITY)).isGreaterThanOrEqualTo(0);
        assertThat(features.get(Feature.USER_PURCHASES)).isGreaterThanOrEqualTo(0);
    }

    @Property
    @Label("EXACT_MATCH implies PARTIAL_MATCH = 1")
    void exactImpliesPartial(@ForAll("pairs") QueryProductPair pair) {
        FeatureVector features = pair.extract();

        if (features.get(Feature.EXACT_MATCH) == 1) {
            assertThat(features.get(Feature.PARTIAL_MATCH)).isEqualTo(1);
        }
    }

    @Property
    @Label("EXACT_MATCH and PARTIAL_MATCH agree with a brute-force scan of the name")
    void matchesAgreeWithBruteForce(@ForAll("terms") List<String> query, @ForAll("terms") List<String> name) {
        FeatureVector features = new QueryProductPair().query(query.toArray(String[]::new))
                .name(name.toArray(String[]::new)).extract();

        boolean run = false;
        for (int start = 0; !query.isEmpty() && start + query.size() <= name.size(); start++) {
            run |= name.subList(start, start + query.size()).equals(query);
        }
        List<String> distinct = query.stream().distinct().toList();
        double share = distinct.isEmpty()
                ? 0
                : (double) distinct.stream().filter(name::contains).count() / distinct.size();
        assertThat(features.get(Feature.EXACT_MATCH)).isEqualTo(run ? 1 : 0);
        assertThat(features.get(Feature.PARTIAL_MATCH)).isCloseTo(share, within(1e-12));
    }

    @Property
    @Label("a name that contains the query as a run matches exactly, whatever surrounds it")
    void embeddedQueryMatchesExactly(@ForAll("terms") List<String> query, @ForAll("terms") List<String> before,
            @ForAll("terms") List<String> after) {
        String[] name = java.util.stream.Stream.of(before, query, after).flatMap(List::stream).toArray(String[]::new);

        FeatureVector features = new QueryProductPair().query(query.toArray(String[]::new)).name(name).extract();

        assertThat(features.get(Feature.EXACT_MATCH)).isEqualTo(query.isEmpty() ? 0 : 1);
    }

    @Property
    @Label("query terms found only inside longer name terms match neither exactly nor partly")
    void termsInsideLongerTermsDoNotMatch(@ForAll("terms") List<String> query,
            @ForAll @StringLength(min = 1, max = 4) @AlphaChars String glue) {
        // Every name term is a query term with letters glued on, so the joined name contains the joined query.
        String[] name = query.stream().map(term -> glue + term + glue).toArray(String[]::new);

        FeatureVector features = new QueryProductPair().query(query.toArray(String[]::new)).name(name).extract();

        assertThat(features.get(Feature.EXACT_MATCH)).as("name %s", List.of(name)).isZero();
        assertThat(features.get(Feature.PARTIAL_MATCH)).as("name %s", List.of(name)).isZero();
    }

    @Property
    @Label("DENSE_SIMILARITY is symmetric and does not change when a vector is scaled by a positive factor")
    void cosineIsSymmetricAndScaleInvariant(@ForAll("vectorPairs") double[][] vectors,
            @ForAll("factors") double factor) {
        double[] scaled = Arrays.stream(vectors[0]).map(x -> x * factor).toArray();

        double cosine = new QueryProductPair().vectors(vectors[0], vectors[1]).extract().get(Feature.DENSE_SIMILARITY);
        double swapped = new QueryProductPair().vectors(vectors[1], vectors[0]).extract().get(Feature.DENSE_SIMILARITY);
        double rescaled = new QueryProductPair().vectors(scaled, vectors[1]).extract().get(Feature.DENSE_SIMILARITY);

        assertThat(swapped).isCloseTo(cosine, within(1e-12));
        assertThat(rescaled).isCloseTo(cosine, within(1e-9));
    }

    @Property
    @Label("DENSE_SIMILARITY of a vector with itself is 1 (never a hair above), and with its negation -1")
    void cosineOfAVectorWithItself(@ForAll("vectorPairs") double[][] vectors) {
        double[] v = vectors[0];
        double[] negated = Arrays.stream(v).map(x -> -x).toArray();
        boolean zero = Arrays.stream(v).allMatch(x -> x == 0);

        double self = new QueryProductPair().vectors(v, v).extract().get(Feature.DENSE_SIMILARITY);
        double opposite = new QueryProductPair().vectors(v, negated).extract().get(Feature.DENSE_SIMILARITY);

        assertThat(self).isCloseTo(zero ? 0 : 1, within(1e-12)).isLessThanOrEqualTo(1.0);
        assertThat(opposite).isCloseTo(zero ? 0 : -1, within(1e-12)).isGreaterThanOrEqualTo(-1.0);
    }

    @Property
    @Label("PRICE is log(price / median) when both are positive and finite, and 0 otherwise")
    void priceFeature(@ForAll("prices") double price, @ForAll("prices") double median) {
        double feature = new QueryProductPair().price(price, median).extract().get(Feature.PRICE);

        boolean known = price > 0 && median > 0 && Double.isFinite(price) && Double.isFinite(median);
        assertThat(feature).isCloseTo(known ? Math.log(price / median) : 0, within(1e-12));
    }

    // ---- Generators -------------------------------------------------------------------------------------

    /**
     * An eight-word vocabulary, so that a generated name and query often share terms, with words inside
     * others on purpose ("fish" and "cat" in "catfish", "on" in "salmon"): a substring is not a term.
     */
    @Provide
    Arbitrary<List<String>> terms() {
        return Arbitraries.of("fish", "salmon", "fillet", "sauce", "cat", "food", "catfish", "on").list()
                .ofMaxSize(6);
    }

    @Provide
    Arbitrary<double[][]> vectorPairs() {
        Arbitrary<Double> component = Arbitraries.oneOf(
                Arbitraries.just(0.0),
                Arbitraries.doubles().between(-10, 10),
                Arbitraries.doubles().between(-1e-3, 1e-3).ofScale(9));
        return Arbitraries.integers().between(0, 6).flatMap(dimension -> {
            Arbitrary<double[]> vector = Arbitraries.oneOf(
                    Arbitraries.just(new double[dimension]),
                    component.array(double[].class).ofSize(dimension));
            return Combinators.combine(vector, vector).as((a, b) -> new double[][] {a, b});
        });
    }

    @Provide
    Arbitrary<Double> factors() {
        return Arbitraries.doubles().between(0.001, 1000).ofScale(6);
    }

    @Provide
    Arbitrary<Double> prices() {
        return Arbitraries.oneOf(
                Arbitraries.of(Double.NaN, 0.0, -2.5, Double.POSITIVE_INFINITY),
                Arbitraries.doubles().between(0.01, 500));
    }

    @Provide
    Arbitrary<QueryProductPair> pairs() {
        return Combinators.combine(terms(), terms(), vectorPairs(), prices(), prices(),
                Arbitraries.longs().between(0, 1_000_000), Arbitraries.integers().between(0, 50),
                Arbitraries.of(true, false))
                .as((query, name, vectors, price, median, purchases, userPurchases, inStock) -> new QueryProductPair()
                        .query(query.toArray(String[]::new))
                        .name(name.toArray(String[]::new))
                        .vectors(vectors[0], vectors[1])
                        .price(price, median)
                        .purchases(purchases)
                        .userPurchases(userPurchases)
                        .inStock(inStock));
    }
}
