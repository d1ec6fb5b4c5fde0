package dev.mlkatas.ranking.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.ranking.catalog.Product;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The rules on random result pages drawn from few brands, few base names and many pack sizes, so that
 * near-duplicates, out-of-stock copies and repeated products are common, not hoped for.
 */
@Label("BusinessRules, properties")
class BusinessRulesPropertiesTest {

    private static final Function<Product, Product> SAME = Function.identity();

    @Property(tries = 300)
    @Label("the output is a sub-list of the input: each item at most once, nothing new")
    void outputIsASubListPermutation(@ForAll("pages") List<Product> page) {
        List<Product> result = BusinessRules.apply(page, SAME);

        Map<Product, Integer> available = new IdentityHashMap<>();
        page.forEach(product -> available.merge(product, 1, Integer::sum));
        for (Product product : result) {
            assertThat(available.merge(product, -1, Integer::sum)).as("uses of %s", product).isNotNegative();
        }
    }

    @Property(tries = 300)
    @Label("no out-of-stock product is above an in-stock one")
    void noOutOfStockAboveInStock(@ForAll("pages") List<Product> page) {
        List<Product> result = BusinessRules.apply(page, SAME);

        boolean seenOutOfStock = false;
        for (Product product : result) {
            assertThat(seenOutOfStock && product.inStock()).as("in stock after out of stock: %s", result).isFalse();
            seenOutOfStock |= !product.inStock();
        }
    }

    @Property(tries = 300)
    @Label("no two results are near-duplicates, and every group of the input keeps one")
    void oneOfEachGroup(@ForAll("pages") List<Product> page) {
        List<Product> result = BusinessRules.apply(page, SAME);

        Set<String> keys = new HashSet<>();
        result.forEach(product -> assertThat(keys.add(NearDuplicates.key(product))).as("%s", product).isTrue());
        Set<String> inputKeys = new HashSet<>();
        page.forEach(product -> inputKeys.add(NearDuplicates.key(product)));
        assertThat(keys).isEqualTo(inputKeys);
    }

    @Property(tries = 300)
    @Label("within in-stock and within out-of-stock results, the ranker's order is kept")
    void orderIsOtherwiseKept(@ForAll("pages") List<Product> page) {
        List<Product> result = BusinessRules.apply(page, SAME);

        for (boolean inStock : new boolean[] {true, false}) {
            List<Product> expected = new ArrayList<>(page.stream().filter(p -> p.inStock() == inStock).toList());
            expected.retainAll(result.stream().filter(p -> p.inStock() == inStock).toList());
            assertThat(result.stream().filter(p -> p.inStock() == inStock).toList()).isEqualTo(
                    expected.stream().distinct().toList());
        }
    }

    @Property(tries = 300)
    @Label("the best-ranked in-stock copy of a group is the one kept, when there is one")
    void keepsTheBestInStockCopy(@ForAll("pages") List<Product> page) {
        List<Product> result = BusinessRules.apply(page, SAME);

        for (Product kept : result) {
            Product best = page.stream().filter(p -> NearDuplicates.key(p).equals(NearDuplicates.key(kept)))
                    .filter(Product::inStock).findFirst()
                    .orElse(page.stream().filter(p -> NearDuplicates.key(p).equals(NearDuplicates.key(kept)))
                            .findFirst().orElseThrow());
            assertThat(kept).isSameAs(best);
        }
    }

    @Property(tries = 300)
    @Label("applying the rules twice changes nothing more")
    void idempotent(@ForAll("pages") List<Product> page) {
        List<Product> once = BusinessRules.apply(page, SAME);

        assertThat(BusinessRules.apply(once, SAME)).containsExactlyElementsOf(once);
    }

    @Provide
    Arbitrary<List<Product>> pages() {
        Arbitrary<Product> products = Combinators.combine(
                Arbitraries.integers().between(1, 40),
                Arbitraries.of("Ocean Fresh", "Sea Best", ""),
                Arbitraries.of("Salmon Fillets", "salmon fillets", "Cod Loins", "Fish Crackers", "Omega 3 Fish Oil"),
                Arbitraries.of("", " 1 lb", " 2 LB", ", 12oz", " (6 ct)", " 2-pack", " 1.5 l"),
                Arbitraries.of(true, true, false))
                .as((id, brand, name, size, inStock) -> new Product(id, name + size, 1, "aisle", 1, "department",
                        brand, 1.0, inStock));
        // The same product may come twice: the rules must treat it as its own near-duplicate.
        return products.list().ofMaxSize(25).flatMap(list -> Arbitraries.integers().between(0, 3).map(repeats -> {
            List<Product> page = new ArrayList<>(list);
            for (int i = 0; i < repeats && !list.isEmpty(); i++) {
                page.add(list.get((i * 7) % list.size()));
            }
            return page;
        }));
    }
}
