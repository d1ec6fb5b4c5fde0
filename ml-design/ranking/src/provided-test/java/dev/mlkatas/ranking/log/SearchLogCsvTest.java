package dev.mlkatas.ranking.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.mlkatas.ranking.simulation.catalog.SyntheticCatalog;
import dev.mlkatas.ranking.simulation.shoppers.SearchSimulator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Search log as CSV")
class SearchLogCsvTest {

    private static final String HEADER =
            "search_id,user_id,query,segment,position,product_id,clicked,added_to_cart,purchased\n";

    @Test
    @DisplayName("writes one row per impression, a search's rows together, flags as 1 and 0")
    void format() throws IOException {
        SearchLog log = new SearchLog(List.of(
                new Search(1, 17, "fish", QuerySegment.HEAD, List.of(
                        new Impression(1, 4242, true, true, false), new Impression(2, 977, false, false, false))),
                new Search(2, 3, "salmon, smoked", QuerySegment.TAIL, List.of())));
        StringWriter out = new StringWriter();

        SearchLogCsv.write(log, out);

        assertThat(out.toString()).isEqualTo(HEADER
                + "1,17,fish,head,1,4242,1,1,0\n"
                + "1,17,fish,head,2,977,0,0,0\n"
                + "2,3,\"salmon, smoked\",tail,,,,,\n");
    }

    @Test
    @DisplayName("writes a simulated log to a file and reads the same log back")
    void fileRoundTrip(@TempDir Path dir) {
        SearchSimulator simulator = new SearchSimulator(SyntheticCatalog.generate(3, 3_000), 1);
        SearchLog log = simulator.simulate((query, user) -> List.of(5, 6, 7, 8, 9), 300, 2);
        Path file = dir.resolve("searches.csv");

        SearchLogCsv.write(log, file);

        assertThat(SearchLogCsv.read(file).searches()).isEqualTo(log.searches());
    }

    @Test
    @DisplayName("refuses to write over an existing file, naming it")
    void refusesToOverwrite(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("searches.csv"), "keep me");

        assertThatThrownBy(() -> SearchLogCsv.write(SearchLog.empty(), file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": already exists; a search log is never written over");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    @DisplayName("a missing file is a message naming it")
    void missingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> SearchLogCsv.read(dir.resolve("none.csv")))
                .hasMessage(dir.resolve("none.csv") + ": no such file");
    }

    static Stream<Arguments> badLogs() {
        return Stream.of(
                arguments("a missing column", "search_id,user_id,query,segment,position,product_id,clicked,purchased\n",
                        "searches.csv line 1: no column 'added_to_cart' in the header [search_id, user_id, query, segment,"
                                + " position, product_id, clicked, purchased] (expected " + HEADER.strip() + ")"),
                arguments("a search id that is not a number", HEADER + "x,17,fish,head,1,42,0,0,0\n",
                        "searches.csv line 2: search_id 'x' is not a whole number"),
                arguments("a negative user id", HEADER + "1,-2,fish,head,1,42,0,0,0\n",
                        "searches.csv line 2: user_id '-2' is less than 0"),
                arguments("an unknown segment", HEADER + "1,17,fish,popular,1,42,0,0,0\n",
                        "searches.csv line 2: segment 'popular' is not head, tail, misspelled or brand"),
                arguments("an empty query", HEADER + "1,17,,head,1,42,0,0,0\n", "searches.csv line 2: query is empty"),
                arguments("a flag that is not 1 or 0", HEADER + "1,17,fish,head,1,42,yes,0,0\n",
                        "searches.csv line 2: clicked 'yes' is not 1 or 0"),
                arguments("a cart without a click", HEADER + "1,17,fish,head,1,42,0,1,0\n",
                        "searches.csv line 2: added_to_cart is 1 but clicked is 0"),
                arguments("a purchase without a cart", HEADER + "1,17,fish,head,1,42,1,0,1\n",
                        "searches.csv line 2: purchased is 1 but added_to_cart is 0"),
                arguments("positions that do not rise", HEADER + "1,17,fish,head,2,42,0,0,0\n1,17,fish,head,1,43,0,0,0\n",
                        "searches.csv line 3: position 1 follows position 2 (positions rise within a search)"),
                arguments("a search whose user changes", HEADER + "1,17,fish,head,1,42,0,0,0\n1,18,fish,head,2,43,0,0,0\n",
                        "searches.csv line 3: user_id 18 is not the search's (17 on line 2)"),
                arguments("a search whose query changes", HEADER + "1,17,fish,head,1,42,0,0,0\n1,17,milk,head,2,43,0,0,0\n",
                        "searches.csv line 3: query 'milk' is not the search's ('fish' on line 2)"),
                arguments("a search split by another", HEADER + "1,17,fish,head,1,42,0,0,0\n2,5,milk,head,1,7,0,0,0\n"
                        + "1,17,fish,head,2,43,0,0,0\n",
                        "searches.csv line 4: search_id 1 appears again after other searches (a search's rows go together;"
                                + " it began on line 2)"),
                arguments("an empty page with an impression", HEADER + "1,17,fish,head,,,,,\n1,17,fish,head,1,42,0,0,0\n",
                        "searches.csv line 3: a search with an empty page has one row, with no position, product or flags"),
                arguments("a product id that is not a number", HEADER + "1,17,fish,head,1,4x2,0,0,0\n",
                        "searches.csv line 2: product_id '4x2' is not a whole number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLogs")
    @DisplayName("a bad log is a one-line message naming the file, the line and the problem")
    void badLogNamesFileAndLine(String description, String text, String message) {
        assertThatThrownBy(() -> SearchLogCsv.read(new StringReader(text), "searches.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
