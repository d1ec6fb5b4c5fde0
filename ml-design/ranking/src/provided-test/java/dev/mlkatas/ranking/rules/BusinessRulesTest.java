package dev.mlkatas.ranking.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.ranking.catalog.Product;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BusinessRules: out-of-stock demoted, near-duplicates collapsed")
class BusinessRulesTest {

    @Test
    @DisplayName("moves out-of-stock products below the in-stock ones, keeping both orders")
    void demotesOutOfStock() {
        Product a = product(1, "Salmon", false);
        Product b = product(2, "Cod", true);
        Product c = product(3, "Tilapia", false);
        Product d = product(4, "Tuna", true);

        assertThat(BusinessRules.apply(List.of(a, b, c, d), Function.identity())).containsExactly(b, d, a, c);
        assertThat(OutOfStock.demote(List.of(a, b, c, d), Function.identity())).containsExactly(b, d, a, c);
    }

    @Test
    @DisplayName("keeps the best-ranked copy a shopper can buy")
    void keepsTheBestInStockCopy() {
        Product oneLbGone = product(1, "Salmon Fillets 1 lb", false);
        Product cod = product(2, "Cod", true);
        Product twoLb = product(3, "Salmon Fillets 2 lb", true);
        Product threeLb = product(4, "Salmon Fillets 3 lb", true);

        assertThat(BusinessRules.apply(List.of(oneLbGone, cod, twoLb, threeLb), Function.identity()))
                .containsExactly(cod, twoLb);
    }

    @Test
    @DisplayName("keeps one out-of-stock copy, at the bottom, when no copy can be bought")
    void keepsOneCopyWhenAllAreGone() {
        Product oneLb = product(1, "Salmon Fillets 1 lb", false);
        Product twoLb = product(2, "Salmon Fillets 2 lb", false);
        Product cod = product(3, "Cod", true);

        assertThat(BusinessRules.apply(List.of(oneLb, twoLb, cod), Function.identity())).containsExactly(cod, oneLb);
    }

    @Test
    @DisplayName("works on whatever the pipeline ranks, and leaves an empty page empty")
    void genericAndEmpty() {
        record Result(Product product, double score) {
        }
        Result gone = new Result(product(1, "Salmon", false), 2.0);
        Result cod = new Result(product(2, "Cod", true), 1.0);

        assertThat(BusinessRules.apply(List.of(gone, cod), Result::product)).containsExactly(cod, gone);
        assertThat(BusinessRules.apply(List.<Result>of(), Result::product)).isEmpty();
    }

    private static Product product(int id, String name, boolean inStock) {
        return new Product(id, name, 1, "seafood counter", 1, "meat seafood", "Ocean Fresh", 9.99, inStock);
    }
}
