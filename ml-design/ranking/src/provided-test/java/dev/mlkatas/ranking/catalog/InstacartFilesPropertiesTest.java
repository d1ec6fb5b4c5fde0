package dev.mlkatas.ranking.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trips of random catalogues through the texts of the Instacart files, in memory (the file-based
 * round trip is in {@link InstacartFilesTest}). Names are drawn from an alphabet rich in what CSV must
 * quote: commas, quotes, line breaks, leading and trailing spaces, and letters beyond ASCII.
 */
@Label("Instacart files, properties")
class InstacartFilesPropertiesTest {

    @Property(tries = 200)
    @Label("writing and reading back gives every product, in order, with all its fields")
    void roundTripKeepsEveryProduct(@ForAll("catalogues") Catalog catalog) {
        Catalog back = InstacartFiles.fromCsv(InstacartFiles.toCsv(catalog), catalog.source());

        assertThat(back.products()).isEqualTo(catalog.products());
    }

    @Property(tries = 100)
    @Label("writing what was read gives the same texts again")
    void writingIsStable(@ForAll("catalogues") Catalog catalog) {
        Map<String, String> once = InstacartFiles.toCsv(catalog);

        assertThat(InstacartFiles.toCsv(InstacartFiles.fromCsv(once, "again"))).isEqualTo(once);
    }

    // ---- Generators -------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Catalog> catalogues() {
        // A few aisles and departments, each id with one name, as the files require.
        Arbitrary<List<String>> aisleNames = names().list().ofSize(4);
        Arbitrary<List<String>> departmentNames = names().list().ofSize(3);
        Arbitrary<List<Integer>> ids = Arbitraries.integers().between(1, 1_000_000).list().ofMaxSize(30).uniqueElements();
        Arbitrary<List<Fields>> fields = fields().list().ofSize(30);
        return Combinators.combine(aisleNames, departmentNames, ids, fields).as((aisles, departments, idList, rows) -> {
            List<Product> products = new ArrayList<>();
            for (int i = 0; i < idList.size(); i++) {
                Fields row = rows.get(i);
                products.add(new Product(idList.get(i), row.name(), 10 + row.aisle(), aisles.get(row.aisle()),
                        100 + row.department(), departments.get(row.department()), row.brand(), row.price(),
                        row.inStock()));
            }
            return new Catalog("generated", products);
        });
    }

    record Fields(String name, int aisle, int department, String brand, double price, boolean inStock) {
    }

    private Arbitrary<Fields> fields() {
        Arbitrary<Double> prices = Arbitraries.oneOf(
                Arbitraries.just(Double.NaN),
                Arbitraries.of(0.0, 0.1, 12.99, 1e-7, 1e15),
                Arbitraries.doubles().between(0, 1e6));
        Arbitrary<String> brands = Arbitraries.oneOf(Arbitraries.just(""), names());
        return Combinators.combine(names(), Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2),
                brands, prices, Arbitraries.of(true, false)).as(Fields::new);
    }

    /** Non-blank text with commas, quotes, line breaks and spaces at either end. */
    private Arbitrary<String> names() {
        return Arbitraries.strings()
                .withChars("ab ,\"'\n\r;é-")
                .withCharRange('A', 'Z')
                .ofMinLength(1).ofMaxLength(12)
                .filter(name -> !name.isBlank());
    }
}
