package dev.mlkatas.ranking.simulation.shoppers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Head nouns of product names")
class HeadNounTest {

    @Test
    @DisplayName("is the last word before the pack size, with the word before it")
    void lastWordBeforeTheSize() {
        assertThat(HeadNoun.of("Ocean Fresh Wild Atlantic Salmon Fillets 2 lb")).isEqualTo(new HeadNoun("salmon", "fillets"));
        assertThat(HeadNoun.of("Organic Whole Milk Half Gallon")).isEqualTo(new HeadNoun("whole", "milk"));
        assertThat(HeadNoun.of("Honeycrisp Apples 3 lb Bag")).isEqualTo(new HeadNoun("honeycrisp", "apples"));
    }

    @Test
    @DisplayName("ends the noun phrase at 'with' or 'in' between words")
    void withAndIn() {
        assertThat(HeadNoun.of("Chunk Light Tuna in Water")).isEqualTo(new HeadNoun("light", "tuna"));
        assertThat(HeadNoun.of("Pure Coconut Water With Orange")).isEqualTo(new HeadNoun("coconut", "water"));
        assertThat(HeadNoun.of("Pepperoni Pizza 12 in").noun()).isEqualTo("pizza");
    }

    @Test
    @DisplayName("has no modifier for a one-word name, and no noun without a word of letters")
    void shortNames() {
        assertThat(HeadNoun.of("Banana")).isEqualTo(new HeadNoun(null, "banana"));
        assertThat(HeadNoun.of("2000 IU")).isEqualTo(new HeadNoun(null, "iu"));
        assertThat(HeadNoun.of("12 oz")).isEqualTo(new HeadNoun(null, null));
    }
}
