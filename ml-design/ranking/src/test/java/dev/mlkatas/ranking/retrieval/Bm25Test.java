package dev.mlkatas.ranking.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 2: Bm25")
class Bm25Test {

    private static final List<List<String>> NAMES = List.of(
            List.of("wild", "salmon", "fillet"),
            List.of("salmon"),
            List.of("cod", "fillet"));

    private static Bm25 names() {
        return new Bm25(NAMES, Bm25.DEFAULT_K1, Bm25.DEFAULT_B);
    }

    @Test
    @DisplayName("gives the statement's example: the shorter name ranks first")
    void statementsExample() {
        Bm25 bm25 = names();
        double idf = Math.log(1 + 1.5 / 2.5);

        assertThat(bm25.search(List.of("salmon"), 10)).containsExactly(1, 0);
        assertThat(bm25.score(1, List.of("salmon"))).isCloseTo(idf / 1.75, within(1e-12));
        assertThat(bm25.score(0, List.of("salmon"))).isCloseTo(idf / 2.65, within(1e-12));
        assertThat(bm25.score(2, List.of("salmon"))).isZero();
    }

    @Test
    @DisplayName("idf is ln(1 + (N - n + 0.5) / (n + 0.5)), also for a term no document has")
    void idf() {
        Bm25 bm25 = names();

        assertThat(bm25.idf("cod")).isCloseTo(Math.log(1 + 2.5 / 1.5), within(1e-12));
        assertThat(bm25.idf("fillet")).isCloseTo(Math.log(1 + 1.5 / 2.5), within(1e-12));
        assertThat(bm25.idf("tuna")).isCloseTo(Math.log(1 + 3.5 / 0.5), within(1e-12));
    }

    @Test
    @DisplayName("adds up the query's terms, a repeated term each time it occurs")
    void sumsOverQueryTerms() {
        Bm25 bm25 = names();
        double salmon = bm25.score(0, List.of("salmon"));
        double fillet = bm25.score(0, List.of("fillet"));

        assertThat(bm25.score(0, List.of("salmon", "fillet"))).isCloseTo(salmon + fillet, within(1e-12));
        assertThat(bm25.score(0, List.of("salmon", "salmon"))).isCloseTo(2 * salmon, within(1e-12));
    }

    @Test
    @DisplayName("an unknown term adds 0, and a query of unknown terms finds nothing")
    void unknownTerms() {
        Bm25 bm25 = names();

        assertThat(bm25.score(0, List.of("salmon", "tuna"))).isEqualTo(bm25.score(0, List.of("salmon")));
        assertThat(bm25.search(List.of("tuna", "crackers"), 10)).isEmpty();
        assertThat(bm25.search(List.of(), 10)).isEmpty();
    }

    @Test
    @DisplayName("saturates: a term three times scores less than three times once, and below its idf")
    void termFrequencySaturates() {
        List<List<String>> corpus = List.of(
                List.of("tuna", "in", "oil", "x"),
                List.of("tuna", "tuna", "tuna", "x"),
                List.of("cod", "in", "oil", "x"));
        Bm25 bm25 = new Bm25(corpus, 1.2, 0.75);
        double once = bm25.score(0, List.of("tuna"));
        double thrice = bm25.score(1, List.of("tuna"));

        assertThat(thrice).isGreaterThan(once).isLessThan(3 * once).isLessThan(bm25.idf("tuna"));
        // Same length as the mean: tf part f / (f + k1).
        assertThat(thrice).isCloseTo(bm25.idf("tuna") * 3 / (3 + 1.2), within(1e-12));
    }

    @Test
    @DisplayName("k1 = 0 counts only whether a term occurs: every match scores its idf")
    void binaryWhenK1IsZero() {
        Bm25 bm25 = new Bm25(List.of(List.of("a", "a", "a", "b"), List.of("a"), List.of("c")), 0, 0.75);

        assertThat(bm25.score(0, List.of("a"))).isCloseTo(bm25.idf("a"), within(1e-15));
        assertThat(bm25.score(1, List.of("a"))).isCloseTo(bm25.idf("a"), within(1e-15));
    }

    @Test
    @DisplayName("b = 0 ignores length; b = 1 divides it by the mean length in full")
    void lengthNormalisation() {
        List<List<String>> corpus = List.of(List.of("pie"), List.of("pie", "crust", "apple", "pastry", "dough"));

        Bm25 none = new Bm25(corpus, 1.2, 0);
        assertThat(none.score(1, List.of("pie"))).isEqualTo(none.score(0, List.of("pie")));

        Bm25 full = new Bm25(corpus, 1.2, 1);
        double idf = full.idf("pie");
        assertThat(full.score(0, List.of("pie"))).isCloseTo(idf / (1 + 1.2 * (1 / 3.0)), within(1e-12));
        assertThat(full.score(1, List.of("pie"))).isCloseTo(idf / (1 + 1.2 * (5 / 3.0)), within(1e-12));
    }

    @Test
    @DisplayName("leaves empty documents out of N and the mean length, as Lucene does, and never finds them")
    void emptyDocuments() {
        Bm25 withEmpty = new Bm25(List.of(List.of("kale"), List.of(), List.of("kale", "chips"), List.of()), 1.2, 0.75);
        Bm25 without = new Bm25(List.of(List.of("kale"), List.of("kale", "chips")), 1.2, 0.75);

        assertThat(withEmpty.size()).isEqualTo(4);
        assertThat(withEmpty.idf("chips")).isEqualTo(without.idf("chips"));
        assertThat(withEmpty.score(2, List.of("kale", "chips"))).isEqualTo(without.score(1, List.of("kale", "chips")));
        assertThat(withEmpty.score(1, List.of("kale"))).isZero();
        assertThat(withEmpty.search(List.of("kale"), 10)).containsExactly(0, 2);
        assertThat(new Bm25(List.of(), 1.2, 0.75).search(List.of("kale"), 10)).isEmpty();
    }

    @Test
    @DisplayName("search: best first, equal scores by index, cut at k")
    void searchOrder() {
        List<List<String>> corpus = List.of(
                List.of("milk", "oat"),
                List.of("milk"),
                List.of("milk", "oat"),
                List.of("bread"),
                List.of("milk"));
        Bm25 bm25 = new Bm25(corpus, 1.2, 0.75);

        assertThat(bm25.search(List.of("milk"), 10)).containsExactly(1, 4, 0, 2);
        assertThat(bm25.search(List.of("milk", "oat"), 10)).containsExactly(0, 2, 1, 4);
        assertThat(bm25.search(List.of("milk"), 3)).containsExactly(1, 4, 0);
        assertThat(bm25.search(List.of("milk"), 0)).isEmpty();
    }

    @Test
    @DisplayName("search: equal scores by index, whichever query term found the document first")
    void tiesAcrossQueryTerms() {
        // Each term is in one document of the same length: the two scores are equal.
        Bm25 bm25 = new Bm25(List.of(List.of("oat"), List.of("rye")), 1.2, 0.75);

        assertThat(bm25.score(0, List.of("rye", "oat"))).isEqualTo(bm25.score(1, List.of("rye", "oat")));
        assertThat(bm25.search(List.of("rye", "oat"), 10)).containsExactly(0, 1);
    }

    @Test
    @DisplayName("keeps its own copy of the documents")
    void copiesTheDocuments() {
        List<String> document = new ArrayList<>(List.of("rice"));
        List<List<String>> corpus = new ArrayList<>(List.of(document, List.of("beans")));
        Bm25 bm25 = new Bm25(corpus, 1.2, 0.75);
        double before = bm25.score(0, List.of("rice"));

        document.add("rice");
        corpus.add(List.of("rice"));

        assertThat(bm25.size()).isEqualTo(2);
        assertThat(bm25.score(0, List.of("rice"))).isEqualTo(before);
    }

    @Test
    @DisplayName("rejects k1 below 0 or not finite, b outside [0, 1], a negative k and an unknown document")
    void rejectsBadInput() {
        assertThatThrownBy(() -> new Bm25(NAMES, -0.1, 0.75)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bm25(NAMES, Double.NaN, 0.75)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bm25(NAMES, Double.POSITIVE_INFINITY, 0.75))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bm25(NAMES, 1.2, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bm25(NAMES, 1.2, -0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> names().search(List.of("salmon"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> names().score(3, List.of("salmon"))).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> names().score(-1, List.of("salmon"))).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
