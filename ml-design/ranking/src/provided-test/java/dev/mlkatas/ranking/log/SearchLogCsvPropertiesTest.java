package dev.mlkatas.ranking.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trips of random logs through CSV, in memory (the file-based round trip is in
 * {@link SearchLogCsvTest}): queries full of what CSV must quote, empty pages, every segment and every
 * legal combination of flags.
 */
@Label("Search log as CSV, properties")
class SearchLogCsvPropertiesTest {

    @Property(tries = 300)
    @Label("writing and reading back gives the same searches")
    void roundTrip(@ForAll("logs") SearchLog log) throws IOException {
        StringWriter out = new StringWriter();
        SearchLogCsv.write(log, out);

        SearchLog back = SearchLogCsv.read(new StringReader(out.toString()), "log.csv");

        assertThat(back.searches()).isEqualTo(log.searches());
    }

    // ---- Generators -------------------------------------------------------------------------------------

    @Provide
    Arbitrary<SearchLog> logs() {
        Arbitrary<List<Long>> ids = Arbitraries.longs().between(1, Long.MAX_VALUE).list().ofMaxSize(8).uniqueElements();
        Arbitrary<List<Search>> searches = ids.flatMap(list -> {
            List<Arbitrary<Search>> each = new ArrayList<>();
            for (long id : list) {
                each.add(search(id));
            }
            return Combinators.combine(each).as(List::copyOf);
        });
        return searches.map(SearchLog::new);
    }

    private Arbitrary<Search> search(long id) {
        Arbitrary<String> queries = Arbitraries.strings().withChars("fish ,\"\n\r'é").withCharRange('a', 'z')
                .ofMinLength(1).ofMaxLength(15).filter(text -> !text.isBlank());
        return Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE), queries,
                Arbitraries.of(QuerySegment.class), impressions())
                .as((user, query, segment, impressions) -> new Search(id, user, query, segment, impressions));
    }

    /** Positions rising from 1 with gaps at times, and flags that respect the funnel: click, cart, purchase. */
    private Arbitrary<List<Impression>> impressions() {
        Arbitrary<int[]> shown = Combinators.combine(Arbitraries.integers().between(1, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 2))
                .as((product, funnel, step) -> new int[] {product, funnel, step});
        return shown.list().ofMaxSize(12).map(rows -> {
            List<Impression> impressions = new ArrayList<>();
            int position = 0;
            for (int[] row : rows) {
                position += row[2];
                impressions.add(new Impression(position, row[0], row[1] >= 1, row[1] >= 2, row[1] >= 3));
            }
            return impressions;
        });
    }
}
