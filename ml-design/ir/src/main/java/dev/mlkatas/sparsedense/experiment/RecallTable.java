package dev.mlkatas.sparsedense.experiment;

import dev.mlkatas.sparsedense.experiment.ProductSearch.Method;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recall@k of every method for every kind of query, and over all queries.
 *
 * <p>Example: {@code RecallTable.measure(search, queries, 10).print(System.out)}.
 *
 * <p>Recall@k of one query is the share of its relevant products found in the first k results, out of
 * {@code min(k, relevant)}: a query with 40 relevant products is fully answered by 10 of them, since no
 * list of 10 can hold more.
 */
public final class RecallTable {

    private final int k;
    private final Map<QueryKind, Map<Method, Double>> recall;
    private final Map<Method, Double> overall;
    private final Map<QueryKind, Integer> counts;

    private RecallTable(int k, Map<QueryKind, Map<Method, Double>> recall, Map<Method, Double> overall,
            Map<QueryKind, Integer> counts) {
        this.k = k;
        this.recall = recall;
        this.overall = overall;
        this.counts = counts;
    }

    /** Runs every query with every method. */
    public static RecallTable measure(ProductSearch search, List<SearchQuery> queries, int k) {
        Map<QueryKind, Map<Method, Double>> sums = new EnumMap<>(QueryKind.class);
        Map<Method, Double> overall = new EnumMap<>(Method.class);
        Map<QueryKind, Integer> counts = new EnumMap<>(QueryKind.class);
        for (SearchQuery query : queries) {
            counts.merge(query.kind(), 1, Integer::sum);
            for (Method method : Method.values()) {
                double r = recall(search.search(method, query.text(), k), query, k);
                sums.computeIfAbsent(query.kind(), x -> new EnumMap<>(Method.class)).merge(method, r, Double::sum);
                overall.merge(method, r, Double::sum);
            }
        }
        sums.forEach((kind, byMethod) -> byMethod.replaceAll((m, sum) -> sum / counts.get(kind)));
        overall.replaceAll((m, sum) -> sum / queries.size());
        return new RecallTable(k, sums, overall, counts);
    }

    /** Recall@k of one result list. */
    static double recall(List<Integer> results, SearchQuery query, int k) {
        long found = results.stream().limit(k).filter(query.relevant()::contains).count();
        return (double) found / Math.min(k, query.relevant().size());
    }

    /** The mean recall@k of {@code method} on queries of {@code kind}. */
    public double recall(QueryKind kind, Method method) {
        return recall.get(kind).get(method);
    }

    /** Prints the table, one row per kind of query and one for all, one column per method. */
    public void print(PrintStream out) {
        String head = String.format(Locale.ROOT, "%-22s %7s", "recall@" + k, "queries");
        StringBuilder rule = new StringBuilder("-".repeat(head.length()));
        StringBuilder header = new StringBuilder(head);
        for (Method method : Method.values()) {
            header.append(String.format(Locale.ROOT, " | %-21s", method.label()));
            rule.append("-+-").append("-".repeat(21));
        }
        out.println(header);
        out.println(rule);
        for (QueryKind kind : QueryKind.values()) {
            if (recall.containsKey(kind)) {
                out.println(row(kind.label(), counts.get(kind), recall.get(kind)));
            }
        }
        out.println(row("all", counts.values().stream().mapToInt(Integer::intValue).sum(), overall));
    }

    private static String row(String label, int count, Map<Method, Double> values) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-22s %7d", label, count));
        for (Method method : Method.values()) {
            row.append(String.format(Locale.ROOT, " | %21.3f", values.get(method)));
        }
        return row.toString();
    }
}
