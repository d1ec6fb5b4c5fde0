package dev.mlkatas.ranking.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.ranking.catalog.Product;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("NearDuplicates: same brand, same name once sizes, case and punctuation are gone")
class NearDuplicatesTest {

    @Test
    @DisplayName("pack sizes, case, punctuation and the brand repeated in the name do not make a product different")
    void sizesCaseAndPunctuation() {
        assertThat(key("Ocean Fresh", "Ocean Fresh Salmon Fillets 1 lb"))
                .isEqualTo(key("Ocean Fresh", "Ocean Fresh Salmon Fillets, 2 LB"))
                .isEqualTo(key("ocean fresh", "OCEAN FRESH SALMON FILLETS (12oz)"))
                .isEqualTo(key("Ocean Fresh", "Salmon Fillets 3 lb"))
                .isEqualTo("ocean fresh|salmon fillets");
        assertThat(key("Crispy", "Fish Crackers 6 x 30 g")).isEqualTo(key("Crispy", "Fish Crackers - 2-pack"))
                .isEqualTo(key("Crispy", "Fish Crackers, Pack of 4")).isEqualTo(key("Crispy", "Fish Crackers 1.5 oz"));
        assertThat(key("", "Whole Milk 1/2 gal")).isEqualTo(key("", "Whole Milk 1 Gallon"))
                .isEqualTo(key("", "whole milk 16 fl oz"));
    }

    @Test
    @DisplayName("another brand, another word, or a number that is no size makes a different product")
    void differences() {
        assertThat(key("Ocean Fresh", "Salmon Fillets 1 lb")).isNotEqualTo(key("Sea Best", "Salmon Fillets 1 lb"));
        assertThat(key("Ocean Fresh", "Salmon Fillets")).isNotEqualTo(key("Ocean Fresh", "Smoked Salmon Fillets"));
        assertThat(key("Vita", "Omega 3 Fish Oil")).isNotEqualTo(key("Vita", "Omega 6 Fish Oil"));
        assertThat(key("Acme", "12 oz")).isNotEqualTo(key("Acme", "16 oz"));
    }

    @Test
    @DisplayName("keeps the first of each group, in order")
    void keepsTheBestRanked() {
        Product big = product(1, "Ocean Fresh", "Salmon Fillets 2 lb");
        Product cod = product(2, "Ocean Fresh", "Cod Loins");
        Product small = product(3, "Ocean Fresh", "Salmon Fillets 1 lb");
        Product codAgain = product(4, "Ocean Fresh", "COD LOINS 12 oz");

        assertThat(NearDuplicates.collapse(List.of(big, cod, small, codAgain), Function.identity()))
                .containsExactly(big, cod);
    }

    static Product product(int id, String brand, String name) {
        return new Product(id, name, 1, "seafood counter", 1, "meat seafood", brand, 9.99, true);
    }

    private static String key(String brand, String name) {
        return NearDuplicates.key(product(1, brand, name));
    }
}
