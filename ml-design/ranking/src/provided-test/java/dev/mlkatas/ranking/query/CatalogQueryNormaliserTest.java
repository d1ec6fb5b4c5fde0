package dev.mlkatas.ranking.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlkatas.ranking.retrieval.CatalogIndex;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("CatalogQueryNormaliser")
class CatalogQueryNormaliserTest {

    private static CatalogIndex index;
    private static CatalogQueryNormaliser normaliser;

    @BeforeAll
    static void index() {
        index = CatalogIndex.build(Shop.CATALOG);
        normaliser = CatalogQueryNormaliser.of(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    @DisplayName("corrects misspelled words to the catalogue's: salmn, chiken")
    void correctsMisspellings() {
        assertThat(normaliser.parse("salmn").terms()).containsExactly("salmon");
        assertThat(normaliser.parse("chiken").terms()).containsExactly("chicken");
        assertThat(normaliser.parse("mozarela").terms()).containsExactly("mozzarella");
    }

    @Test
    @DisplayName("corrects a three-letter word one edit away: fsh")
    void correctsShortWords() {
        assertThat(normaliser.parse("fsh").terms()).containsExactly("fish");
    }

    @Test
    @DisplayName("lower-cases, makes singular and corrects together, keeping what was typed")
    void parsesTheWholeQuery() {
        ParsedQuery query = normaliser.parse("Salmn Fillets");

        assertThat(query).isEqualTo(new ParsedQuery("Salmn Fillets", "salmon fillet", List.of("salmon", "fillet")));
    }

    @Test
    @DisplayName("keeps the words the catalogue knows, in any field, brands included")
    void keepsKnownWords() {
        assertThat(normaliser.parse("harbor fresh seafood pets fish").terms())
                .containsExactly("harbor", "fresh", "seafood", "pet", "fish");
    }

    @Test
    @DisplayName("keeps a word when nothing is close enough, and words with digits")
    void keepsUnknownWords() {
        assertThat(normaliser.parse("xylophone").terms()).containsExactly("xylophone");
        assertThat(normaliser.parse("omega 3 500g").terms()).containsExactly("omega", "3", "500g");
        // peach → pecan is two edits in five letters: too far to trust.
        assertThat(normaliser.parse("peaches").terms()).containsExactly("peach");
    }

    @Test
    @DisplayName("analyses without correcting")
    void analyseDoesNotCorrect() {
        assertThat(normaliser.analyse("Salmn Fillets")).containsExactly("salmn", "fillet");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\t\n"})
    @DisplayName("rejects an empty query")
    void rejectsEmpty(String raw) {
        assertThatThrownBy(() -> normaliser.parse(raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the query is empty");
    }

    @Test
    @DisplayName("rejects a query without a word")
    void rejectsPunctuation() {
        assertThatThrownBy(() -> normaliser.parse("?! -"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the query '?! -' holds no word");
    }
}
