package dev.mlkatas.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.recommendations.StripeHarness.Run;
import dev.mlkatas.recommendations.StripeHarness.Write;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Task 1 as functions: the mapper's stripes, summed by the reducer, are the brute-force counts. */
@Label("Task 1: properties of the mapper and the reducer")
class CoOccurrencePropertiesTest {

    @Property(tries = 200)
    @Label("map, group by item, reduce: the brute-force co-occurrence counts")
    void mapThenReduceIsTheCount(@ForAll("lines") List<String> lines) {
        Run mapped = StripeHarness.map(lines);
        Run reduced = StripeHarness.reduce(group(mapped.writes(), 1).get(0));

        assertThat(asCounts(reduced, mapped.baskets())).isEqualTo(Baskets.count(lines));
    }

    @Property(tries = 200)
    @Label("the reducer as a combiner: reducing partial sums gives the same totals")
    void combiningFirstChangesNothing(@ForAll("lines") List<String> lines,
            @ForAll @IntRange(min = 1, max = 4) int parts) {
        Run mapped = StripeHarness.map(lines);
        List<Write> combined = new ArrayList<>();
        for (List<Map.Entry<String, List<Map<String, Long>>>> part : group(mapped.writes(), parts)) {
            combined.addAll(StripeHarness.reduce(part).writes());
        }
        Run reduced = StripeHarness.reduce(group(combined, 1).get(0));

        assertThat(asCounts(reduced, mapped.baskets())).isEqualTo(Baskets.count(lines));
    }

    @Property(tries = 200)
    @Label("every stripe is symmetric, and no pair is counted above its items' marginals")
    void stripesAreSymmetric(@ForAll("lines") List<String> lines) {
        Run mapped = StripeHarness.map(lines);
        CoCounts counts = asCounts(StripeHarness.reduce(group(mapped.writes(), 1).get(0)), mapped.baskets());

        for (String a : counts.items()) {
            for (String b : counts.stripe(a).keySet()) {
                assertThat(counts.count(a, b)).isEqualTo(counts.count(b, a))
                        .isLessThanOrEqualTo(Math.min(counts.count(a), counts.count(b)));
            }
        }
    }

    @Provide
    Arbitrary<List<String>> lines() {
        return Baskets.lines(25);
    }

    /** The writes as reducer input, sorted by item, split round-robin by write into {@code parts} map tasks. */
    private static List<List<Map.Entry<String, List<Map<String, Long>>>>> group(List<Write> writes, int parts) {
        List<List<Map.Entry<String, List<Map<String, Long>>>>> tasks = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            Map<String, List<Map<String, Long>>> groups = new TreeMap<>();
            for (int i = p; i < writes.size(); i += parts) {
                groups.computeIfAbsent(writes.get(i).item(), x -> new ArrayList<>()).add(writes.get(i).stripe());
            }
            tasks.add(new ArrayList<>(groups.entrySet()));
        }
        return tasks;
    }

    private static CoCounts asCounts(Run reduced, long baskets) {
        Map<String, Map<String, Long>> stripes = new HashMap<>();
        for (Write write : reduced.writes()) {
            assertThat(stripes.put(write.item(), write.stripe())).as("'%s' written once", write.item()).isNull();
        }
        return new CoCounts(baskets, stripes);
    }
}
