package dev.mlkatas.ranking.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

@Label("GroceryAnalyzer, properties")
class GroceryAnalyzerPropertiesTest {

    private final GroceryAnalyzer analyzer = new GroceryAnalyzer();

    @Property
    @Label("analysing the terms again gives the same terms: what is indexed is a fixed point")
    void idempotent(@ForAll("texts") String text) {
        List<String> terms = analyzer.terms(text);

        assertThat(analyzer.terms(String.join(" ", terms))).isEqualTo(terms);
    }

    @Provide
    Arbitrary<String> texts() {
        // Plural endings and possessives are generated on purpose, not hoped for.
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcesiouyhxSÉéñü").ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("berries", "fillets", "glasses", "cookies", "mass", "Joe's", "bus", "oes", "ies", "s",
                        "a.s", "'s"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3));
        Arbitrary<String> separator = Arbitraries.of(" ", "  ", "-", ", ", "'", ".");
        return Arbitraries.oneOf(word, separator).list().ofMaxSize(8).map(parts -> String.join("", parts));
    }
}
