package dev.mlkatas.ranking.simulation.shoppers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Word conditions of the hidden truth")
class WordConditionTest {

    private static boolean holds(String condition, String name) {
        return WordCondition.parse(condition).test(NameWords.of(name));
    }

    @Test
    @DisplayName("every word must be in the name; a bar means either word")
    void allOfEither() {
        assertThat(holds("smoked salmon|lox", "Cold Smoked Salmon 4 oz")).isTrue();
        assertThat(holds("smoked salmon|lox", "Smoked Nova Lox")).isTrue();
        assertThat(holds("smoked salmon|lox", "Atlantic Salmon Fillets")).isFalse();
    }

    @Test
    @DisplayName("an exclamation mark excludes a word, or any of several")
    void negation() {
        assertThat(holds("milk !chocolate|strawberry", "Organic Whole Milk")).isTrue();
        assertThat(holds("milk !chocolate|strawberry", "Chocolate Milk")).isFalse();
        assertThat(holds("milk !chocolate|strawberry", "Strawberry Milk")).isFalse();
    }

    @Test
    @DisplayName("a word finds its plurals and is not fooled by case or punctuation")
    void pluralsCaseAndPunctuation() {
        assertThat(holds("fillet", "Tilapia Fillets")).isTrue();
        assertThat(holds("tomato", "Roma Tomatoes")).isTrue();
        assertThat(holds("fish", "Cheddar Fish-Shaped Crackers")).isTrue();
        assertThat(holds("fish", "Swordfish Steaks")).as("a word, not a part of one").isFalse();
    }

    @Test
    @DisplayName("the empty condition holds for every name")
    void emptyHoldsForAll() {
        assertThat(holds("", "Anything At All")).isTrue();
    }

    @Test
    @DisplayName("refuses words that are not lower case, naming the condition")
    void refusesUpperCase() {
        assertThatThrownBy(() -> WordCondition.parse("Fish"))
                .hasMessage("word condition 'Fish': 'Fish' needs lower-case words between the bars");
    }
}
