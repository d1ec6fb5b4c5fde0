package dev.mlkatas.ranking.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * BM25 against Lucene 9 itself on generated corpora: up to 30 documents of 0 to 30 terms (Lucene stores
 * lengths up to 40 exactly) from a skewed vocabulary of 8 words, queries of 1 to 4 terms with repeats and
 * words no document has, and k1 and b that a float holds exactly (Lucene's parameters are floats).
 *
 * <p>Lucene computes in floats, so scores agree to a relative 1e-5, not to the bit. Rankings are compared
 * up to that: at every position, the document this BM25 puts there has the Lucene score of Lucene's
 * document at that position. Two documents whose scores differ by less than float rounding may come in
 * either order; any other difference fails.
 */
@Label("Task 2: Bm25, properties")
class Bm25PropertiesTest {

    private static final double RELATIVE = 1e-5;

    @Property(tries = 150)
    @Label("scores every document as Lucene's BM25Similarity does")
    void scoresLikeLucene(@ForAll("corpora") List<List<String>> corpus, @ForAll("queries") List<String> query,
            @ForAll("k1s") float k1, @ForAll("bs") float b) {
        Bm25 bm25 = new Bm25(corpus, k1, b);
        float[] lucene = new float[corpus.size()];
        LuceneBm25.search(corpus, k1, b, query).forEach(hit -> lucene[hit.document()] = hit.score());

        for (int d = 0; d < corpus.size(); d++) {
            assertThat(bm25.score(d, query)).as("document %d %s, query %s", d, corpus.get(d), query)
                    .isCloseTo(lucene[d], within(RELATIVE * Math.max(1, lucene[d])));
        }
    }

    @Property(tries = 150)
    @Label("ranks the matching documents as Lucene does, up to float rounding")
    void ranksLikeLucene(@ForAll("corpora") List<List<String>> corpus, @ForAll("queries") List<String> query,
            @ForAll("k1s") float k1, @ForAll("bs") float b, @ForAll @IntRange(min = 0, max = 35) int k) {
        List<LuceneBm25.Hit> lucene = LuceneBm25.search(corpus, k1, b, query);
        float[] luceneScore = new float[corpus.size()];
        lucene.forEach(hit -> luceneScore[hit.document()] = hit.score());

        List<Integer> mine = new Bm25(corpus, k1, b).search(query, k);

        assertThat(mine).as("query %s", query).hasSize(Math.min(k, lucene.size())).doesNotHaveDuplicates();
        for (int position = 0; position < mine.size(); position++) {
            float expected = lucene.get(position).score();
            assertThat((double) luceneScore[mine.get(position)])
                    .as("Lucene's score of document %d, put at position %d for query %s; Lucene's ranking %s",
                            mine.get(position), position, query, lucene)
                    .isCloseTo(expected, within(RELATIVE * Math.max(1, expected)));
        }
    }

    @Property
    @Label("the score grows with the term's frequency and stays below its idf (k1 > 0), at the same length")
    void growsAndSaturates(@ForAll @IntRange(min = 2, max = 12) int length, @ForAll("k1s") float k1,
            @ForAll("bs") float b) {
        // Document f holds the term f times in a document of `length` terms: same length, same corpus.
        List<List<String>> corpus = new ArrayList<>();
        for (int f = 0; f <= length; f++) {
            List<String> document = new ArrayList<>(Collections.nCopies(f, "tea"));
            document.addAll(Collections.nCopies(length - f, "other"));
            corpus.add(document);
        }
        Bm25 bm25 = new Bm25(corpus, k1, b);
        double idf = bm25.idf("tea");

        for (int f = 1; f <= length; f++) {
            double score = bm25.score(f, List.of("tea"));
            assertThat(score).as("tf %d", f).isLessThanOrEqualTo(idf * (1 + 1e-12));
            if (k1 > 0) {
                assertThat(score).as("tf %d", f).isGreaterThan(bm25.score(f - 1, List.of("tea"))).isLessThan(idf);
            } else {
                assertThat(score).as("tf %d with k1 = 0", f).isCloseTo(idf, within(1e-12));
            }
        }
    }

    @Property
    @Label("a longer document scores lower for the same frequency when b > 0, the same when b = 0")
    void longerScoresLower(@ForAll @IntRange(min = 1, max = 4) int tf,
            @ForAll @IntRange(min = 2, max = 8) int documents, @ForAll("k1s") float k1, @ForAll("bs") float b) {
        List<List<String>> corpus = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            List<String> document = new ArrayList<>(Collections.nCopies(tf, "tea"));
            document.addAll(Collections.nCopies(d, "other"));
            corpus.add(document);
        }
        Bm25 bm25 = new Bm25(corpus, k1, b);

        for (int d = 1; d < documents; d++) {
            double longer = bm25.score(d, List.of("tea"));
            double shorter = bm25.score(d - 1, List.of("tea"));
            if (b > 0 && k1 > 0) {
                assertThat(longer).as("length %d against %d", tf + d, tf + d - 1).isLessThan(shorter);
            } else {
                assertThat(longer).as("length %d against %d", tf + d, tf + d - 1).isEqualTo(shorter);
            }
        }
    }

    @Property
    @Label("unknown terms add exactly 0, and the order of the query's terms does not matter")
    void unknownTermsAndTermOrder(@ForAll("corpora") List<List<String>> corpus, @ForAll("queries") List<String> query,
            @ForAll long seed) {
        Bm25 bm25 = new Bm25(corpus, 1.25f, 0.75f);
        List<String> withUnknown = new ArrayList<>(query);
        withUnknown.add("never-indexed");
        List<String> shuffled = new ArrayList<>(query);
        Collections.shuffle(shuffled, new Random(seed));

        for (int d = 0; d < corpus.size(); d++) {
            double score = bm25.score(d, query);
            assertThat(bm25.score(d, withUnknown)).isEqualTo(score);
            assertThat(bm25.score(d, shuffled)).isCloseTo(score, within(1e-12));
        }
    }

    @Property
    @Label("search returns exactly the documents with a query term, by descending score, equal scores by index")
    void searchIsScoreOrder(@ForAll("corpora") List<List<String>> corpus, @ForAll("queries") List<String> query) {
        Bm25 bm25 = new Bm25(corpus, 1.25f, 0.75f);
        List<Integer> matching = IntStream.range(0, corpus.size())
                .filter(d -> corpus.get(d).stream().anyMatch(query::contains)).boxed().toList();

        List<Integer> found = bm25.search(query, corpus.size());

        assertThat(found).containsExactlyInAnyOrderElementsOf(matching);
        for (int i = 1; i < found.size(); i++) {
            double before = bm25.score(found.get(i - 1), query);
            double after = bm25.score(found.get(i), query);
            assertThat(before).isGreaterThanOrEqualTo(after);
            if (before == after) {
                assertThat(found.get(i - 1)).isLessThan(found.get(i));
            }
        }
    }

    // ---- Generators -------------------------------------------------------------------------------------

    private static final List<String> VOCABULARY = List.of("fish", "salmon", "fillet", "sauce", "oil", "cat", "food",
            "crackers");

    @Provide
    Arbitrary<List<List<String>>> corpora() {
        // A skewed vocabulary (word i about half as likely as word i - 1): common and rare terms, and equal
        // documents, so that both large and small idfs and exact ties occur.
        Arbitrary<Integer> lengths = Arbitraries.integers().between(0, 30).edgeCases(c -> c.includeOnly(0, 1, 30));
        Arbitrary<List<String>> document = Combinators.combine(Arbitraries.longs(), lengths)
                .as((seed, length) -> {
                    Random random = new Random(seed);
                    List<String> terms = new ArrayList<>();
                    for (int i = 0; i < length; i++) {
                        int word = 0;
                        while (word < VOCABULARY.size() - 1 && random.nextBoolean()) {
                            word++;
                        }
                        terms.add(VOCABULARY.get(word));
                    }
                    return terms;
                });
        return document.list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<String>> queries() {
        return Arbitraries.of("fish", "salmon", "fillet", "sauce", "oil", "cat", "food", "crackers", "tuna")
                .list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Float> k1s() {
        return Arbitraries.of(0f, 0.5f, 1.25f, 2f);
    }

    @Provide
    Arbitrary<Float> bs() {
        return Arbitraries.of(0f, 0.25f, 0.75f, 1f);
    }
}
