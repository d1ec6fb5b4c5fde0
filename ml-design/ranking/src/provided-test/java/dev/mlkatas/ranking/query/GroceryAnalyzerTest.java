package dev.mlkatas.ranking.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("GroceryAnalyzer")
class GroceryAnalyzerTest {

    private final GroceryAnalyzer analyzer = new GroceryAnalyzer();

    @ParameterizedTest(name = "{1} and {0} are both {0}")
    @CsvSource({
        "fillet, fillets", "berry, berries", "strawberry, strawberries", "steak, steaks", "cheese, cheeses",
        "sauce, sauces", "chip, chips", "cookie, cookies", "brownie, brownies", "pie, pies", "tomato, tomatoes",
        "potato, potatoes", "mango, mangoes", "loaf, loaves", "leaf, leaves", "peach, peaches",
        "sandwich, sandwiches", "fish, fishes", "dish, dishes", "box, boxes", "glass, glasses", "pea, peas"})
    @DisplayName("makes plurals singular")
    void singular(String singular, String plural) {
        assertThat(analyzer.terms(plural)).containsExactly(singular);
        assertThat(analyzer.terms(singular)).containsExactly(singular);
    }

    @Test
    @DisplayName("leaves words that only look plural, and past participles, alone")
    void notPlurals() {
        assertThat(analyzer.terms("hummus asparagus swiss bass smoked sliced"))
                .containsExactly("hummus", "asparagus", "swiss", "bass", "smoked", "sliced");
    }

    @Test
    @DisplayName("lower-cases")
    void lowerCase() {
        assertThat(analyzer.terms("WILD Salmon fIlLeT")).containsExactly("wild", "salmon", "fillet");
    }

    @Test
    @DisplayName("folds accents to ASCII")
    void folding() {
        assertThat(analyzer.terms("Jalapeño Crème Brûlée Açaí"))
                .containsExactly("jalapeno", "creme", "brulee", "acai");
    }

    @Test
    @DisplayName("drops possessives, with a straight or a curly apostrophe")
    void possessives() {
        assertThat(analyzer.terms("Trader Joe's Ben & Jerry’s"))
                .containsExactly("trader", "joe", "ben", "jerry");
        assertThat(analyzer.terms("Joe's's")).containsExactly("joe");
    }

    @Test
    @DisplayName("does not stem codes, sizes and abbreviations")
    void codes() {
        assertThat(analyzer.terms("12oz 2lbs omega3s u.s")).containsExactly("12oz", "2lbs", "omega3s", "u.s");
    }

    @Test
    @DisplayName("keeps every word: no stop words")
    void noStopWords() {
        assertThat(analyzer.terms("Half and Half")).containsExactly("half", "and", "half");
        assertThat(analyzer.terms("the best of a2 milk")).containsExactly("the", "best", "of", "a2", "milk");
    }

    @Test
    @DisplayName("splits on hyphens and punctuation, keeps decimals whole")
    void splitting() {
        assertThat(analyzer.terms("fish-shaped crackers, 1.5 l (2-pack)"))
                .containsExactly("fish", "shaped", "cracker", "1.5", "l", "2", "pack");
    }

    @Test
    @DisplayName("finds no term in blank or punctuation-only text")
    void nothing() {
        assertThat(analyzer.terms("")).isEmpty();
        assertThat(analyzer.terms("  ?! -- ")).isEmpty();
    }
}
