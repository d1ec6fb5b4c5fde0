package dev.mlkatas.ranking.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.mlkatas.ranking.simulation.catalog.SyntheticCatalog;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Instacart files: products, aisles, departments and the side table")
class InstacartFilesTest {

    /** A small valid catalogue: the bad-input cases below change one file each. */
    private static final Map<String, String> VALID = Map.of(
            "departments.csv", "department_id,department\n12,meat seafood\n19,snacks\n",
            "aisles.csv", "aisle_id,aisle\n39,seafood counter\n78,crackers\n",
            "products.csv", "product_id,product_name,aisle_id,department_id\n"
                    + "1,Wild Salmon Fillet,39,12\n"
                    + "2,\"Fish Crackers, Cheddar\",78,19\n",
            "product_details.csv", "product_id,brand,price,in_stock\n1,Ocean Fresh,12.99,true\n2,,,false\n");

    static Path sampleFolder() {
        try {
            return Path.of(InstacartFilesTest.class.getResource("/dev/mlkatas/ranking/instacart-sample").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("reads every product of a folder in the real files' format, quoted names included")
    void readsTheSampleFolder() {
        Catalog catalog = InstacartFiles.read(sampleFolder());

        assertThat(catalog.size()).isEqualTo(43);
        assertThat(catalog.product(101)).isEqualTo(new Product(101, "Wild Atlantic Salmon Fillet", 39,
                "seafood counter", 12, "meat seafood", "", Double.NaN, true));
        assertThat(catalog.product(105).name()).isEqualTo("Jumbo Shrimp, Peeled & Deveined");
        assertThat(catalog.product(143).name()).isEqualTo("Swedish Fish Soft & Chewy Candy, \"Original\"");
        assertThat(catalog.products().get(0).id()).as("file order").isEqualTo(101);
    }

    @Test
    @DisplayName("without the side table every product has no brand, no price and is in stock")
    void defaultsWithoutTheSideTable() {
        Catalog catalog = InstacartFiles.read(sampleFolder());

        assertThat(catalog.products()).allSatisfy(product -> {
            assertThat(product.brand()).isEmpty();
            assertThat(product.hasPrice()).isFalse();
            assertThat(product.inStock()).isTrue();
        });
    }

    @Test
    @DisplayName("the catalogue's source is the folder")
    void sourceIsTheFolder() {
        assertThat(InstacartFiles.read(sampleFolder()).source()).isEqualTo(sampleFolder().toString());
    }

    @Test
    @DisplayName("reads brand, price and stock from the side table; an empty price is unknown")
    void readsTheSideTable() {
        Catalog catalog = InstacartFiles.fromCsv(VALID, "test");

        assertThat(catalog.product(1)).isEqualTo(
                new Product(1, "Wild Salmon Fillet", 39, "seafood counter", 12, "meat seafood", "Ocean Fresh", 12.99, true));
        assertThat(catalog.product(2)).isEqualTo(
                new Product(2, "Fish Crackers, Cheddar", 78, "crackers", 19, "snacks", "", Double.NaN, false));
    }

    @Test
    @DisplayName("a product the side table leaves out keeps the defaults")
    void unlistedProductsKeepTheDefaults() {
        Map<String, String> files = with("product_details.csv", "product_id,brand,price,in_stock\n2,Crunchy,3.49,true\n");

        Product salmon = InstacartFiles.fromCsv(files, "test").product(1);

        assertThat(salmon.brand()).isEmpty();
        assertThat(salmon.hasPrice()).isFalse();
        assertThat(salmon.inStock()).isTrue();
    }

    static Stream<Arguments> badInputs() {
        String products = "product_id,product_name,aisle_id,department_id\n";
        String details = "product_id,brand,price,in_stock\n";
        return Stream.of(
                arguments("a missing file", "products.csv", null,
                        "products.csv: missing (a catalogue has products.csv, aisles.csv and departments.csv)"),
                arguments("an empty file", "departments.csv", "",
                        "departments.csv: is empty (expected a header department_id,department)"),
                arguments("a missing column", "products.csv", "product_id,product_name,department_id\n1,Salmon,12\n",
                        "products.csv line 1: no column 'aisle_id' in the header [product_id, product_name, department_id]"
                                + " (expected product_id,product_name,aisle_id,department_id)"),
                arguments("an empty id", "products.csv", products + "1,Salmon,39,12\n,Crackers,78,19\n",
                        "products.csv line 3: product_id is empty"),
                arguments("an id that is not a number", "products.csv", products + "x1,Salmon,39,12\n",
                        "products.csv line 2: product_id 'x1' is not a number"),
                arguments("an id that is not positive", "products.csv", products + "0,Salmon,39,12\n",
                        "products.csv line 2: product_id '0' is not positive"),
                arguments("an aisle id that is not a number", "products.csv", products + "1,Salmon,abc,12\n",
                        "products.csv line 2: aisle_id 'abc' is not a number"),
                arguments("a repeated product id", "products.csv", products + "1,Salmon,39,12\n1,Cod,39,12\n",
                        "products.csv line 3: product_id 1 appears twice (first on line 2)"),
                arguments("a product in an aisle that does not exist", "products.csv", products + "1,Salmon,40,12\n",
                        "products.csv line 2: aisle_id 40 is not in aisles.csv"),
                arguments("a product in a department that does not exist", "products.csv",
                        products + "1,Salmon,39,13\n", "products.csv line 2: department_id 13 is not in departments.csv"),
                arguments("an empty product name", "products.csv", products + "1, ,39,12\n",
                        "products.csv line 2: product_name is empty"),
                arguments("a row with too few columns", "products.csv", products + "1,Salmon,39\n",
                        "products.csv line 2: has 3 columns, the header has 4"),
                arguments("a repeated aisle id", "aisles.csv", "aisle_id,aisle\n39,seafood counter\n39,crackers\n",
                        "aisles.csv line 3: aisle_id 39 appears twice (first on line 2)"),
                arguments("an empty aisle name", "aisles.csv", "aisle_id,aisle\n39,\n78,crackers\n",
                        "aisles.csv line 2: aisle is empty"),
                arguments("a price with a comma", "product_details.csv", details + "1,Ocean Fresh,\"12,99\",true\n",
                        "product_details.csv line 2: price '12,99' is not a decimal number such as 12.99"),
                arguments("a negative price", "product_details.csv", details + "1,Ocean Fresh,-1.50,true\n",
                        "product_details.csv line 2: price '-1.50' is negative"),
                arguments("a price that is a word", "product_details.csv", details + "1,Ocean Fresh,NaN,true\n",
                        "product_details.csv line 2: price 'NaN' is not a decimal number such as 12.99"),
                arguments("a stock flag that is not true or false", "product_details.csv",
                        details + "1,Ocean Fresh,1.00,true\n2,,,yes\n",
                        "product_details.csv line 3: in_stock 'yes' is not true or false"),
                arguments("details of a product that does not exist", "product_details.csv",
                        details + "7,Ocean Fresh,1.00,true\n",
                        "product_details.csv line 2: product_id 7 is not in products.csv"),
                arguments("details given twice", "product_details.csv",
                        details + "1,Ocean Fresh,1.00,true\n1,Ocean Fresh,2.00,true\n",
                        "product_details.csv line 3: product_id 1 appears twice (first on line 2)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    @DisplayName("a bad input is a one-line message naming the file, the line and the problem")
    void badInputNamesFileAndLine(String description, String file, String text, String message) {
        assertThatThrownBy(() -> InstacartFiles.fromCsv(with(file, text), "test"))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessage(message);
    }

    @Test
    @DisplayName("an unclosed quote is a message naming its line")
    void unclosedQuote() {
        Map<String, String> files = with("products.csv",
                "product_id,product_name,aisle_id,department_id\n1,Salmon,39,12\n2,\"Crackers,78,19\n");

        assertThatThrownBy(() -> InstacartFiles.fromCsv(files, "test"))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessage("products.csv line 3: a quoted field is never closed")
                .hasMessageNotContaining("\n");
    }

    @Test
    @DisplayName("a folder without products.csv is a message naming the file")
    void missingFileInAFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("aisles.csv"), VALID.get("aisles.csv"));
        Files.writeString(dir.resolve("departments.csv"), VALID.get("departments.csv"));

        assertThatThrownBy(() -> InstacartFiles.read(dir))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessage(dir.resolve("products.csv") + ": no such file");
    }

    @Test
    @DisplayName("a file that is not UTF-8 is a message naming it")
    void notUtf8(@TempDir Path dir) throws IOException {
        for (Map.Entry<String, String> file : VALID.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        Files.write(dir.resolve("products.csv"), new byte[] {'a', ',', (byte) 0xC3, (byte) 0x28, '\n'});

        assertThatThrownBy(() -> InstacartFiles.read(dir)).hasMessage("products.csv: is not a UTF-8 text file");
    }

    @Test
    @DisplayName("writes the four files and reads the same products back")
    void writeThenRead(@TempDir Path dir) {
        Catalog catalog = SyntheticCatalog.generate(5, 500);
        Path folder = dir.resolve("shop");

        InstacartFiles.write(catalog, folder);
        Catalog back = InstacartFiles.read(folder);

        assertThat(folder.toFile().list()).containsExactlyInAnyOrder(
                "products.csv", "aisles.csv", "departments.csv", "product_details.csv");
        assertThat(back.products()).isEqualTo(catalog.products());
        assertThat(back.source()).isEqualTo(folder.toString());
    }

    @Test
    @DisplayName("refuses to write over an existing file, names it, and writes nothing")
    void refusesToOverwrite(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("aisles.csv"), "aisle_id,aisle\n");

        assertThatThrownBy(() -> InstacartFiles.write(SyntheticCatalog.generate(5, 50), dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(dir.resolve("aisles.csv") + ": already exists");
        assertThat(dir.toFile().list()).containsExactly("aisles.csv");
    }

    @Test
    @DisplayName("refuses to write an aisle id that two products call by two names")
    void refusesAnAisleWithTwoNames() {
        Catalog catalog = new Catalog("test", List.of(
                new Product(1, "Salmon", 39, "seafood counter", 12, "meat seafood", "", Double.NaN, true),
                new Product(2, "Cod", 39, "fish counter", 12, "meat seafood", "", Double.NaN, true)));

        assertThatThrownBy(() -> InstacartFiles.toCsv(catalog))
                .hasMessage("product 2: aisle 39 is called 'fish counter', "
                        + "but an earlier product calls it 'seafood counter'");
    }

    private static Map<String, String> with(String file, String text) {
        Map<String, String> files = new HashMap<>(VALID);
        if (text == null) {
            files.remove(file);
        } else {
            files.put(file, text);
        }
        return files;
    }
}
