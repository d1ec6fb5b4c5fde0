package dev.mlkatas.ranking.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mlkatas.ranking.features.Feature;
import dev.mlkatas.ranking.query.ParsedQuery;
import dev.mlkatas.ranking.rankers.LearnedRanker;
import dev.mlkatas.ranking.rankers.Ranker;
import dev.mlkatas.ranking.search.Hit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code search "fish"}: the top results of one query, with the features that drove each. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Prints the top results of a query: product id, name, aisle, score and what drove it.",
        footerHeading = "%nExample:%n", footer = "  ./kata run ranking search \"smoked salmon\" --ranker bm25 --top 5")
public final class SearchCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int DRIVERS = 3;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query, e.g. fish or \"smoked salmon\".")
    private List<String> words = new ArrayList<>();

    @Mixin
    private ShopOptions shop;

    @Mixin
    private SimulationOptions simulation;

    @Mixin
    private CacheOptions cacheOptions;

    @Option(names = "--log", paramLabel = "FILE",
            description = "A search log in this kata's CSV format for the catalogue, oldest search first: its first "
                    + "two thirds teach the system, its last third trains the learned ranker (see the design document).")
    private Path log;

    @Option(names = "--ranker", paramLabel = "NAME", defaultValue = "ltr",
            description = "bm25, popularity or ltr (default ${DEFAULT-VALUE}).")
    private String ranker;

    @Option(names = "--user", paramLabel = "ID", description = "The shopper searching; their purchases count.")
    private Integer user;

    @Option(names = "--top", paramLabel = "K", defaultValue = "10",
            description = "How many results (default ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--json", description = "Prints the results as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        String query = String.join(" ", words).strip();
        if (query.isEmpty()) {
            throw new IllegalArgumentException(
                    "the query is empty: give the words to search for, e.g. search \"fish\"");
        }
        RankerChoice choice = RankerChoice.parse(ranker);
        if (top < 1 || top > ShopSizes.MAX_TOP) {
            throw new IllegalArgumentException(
                    "--top " + top + " is not a whole number from 1 to " + ShopSizes.MAX_TOP);
        }
        PrintWriter out = spec.commandLine().getOut();
        // With --json, standard output holds the JSON alone; what the shop learnt goes to standard error.
        PrintWriter info = json ? spec.commandLine().getErr() : out;
        try (ServingShop serving = ServingShop.open(shop, simulation.settings(), Optional.ofNullable(log),
                cacheOptions.cache(), info)) {
            ParsedQuery parsed = serving.system().parse(query);
            Ranker chosen = serving.ranker(choice);
            OptionalInt shopper = user == null ? OptionalInt.empty() : OptionalInt.of(user);
            List<Hit> hits = serving.system().search(query, shopper, chosen, top);
            if (json) {
                out.println(JSON.writeValueAsString(document(parsed, choice, hits, chosen)));
            } else {
                print(out, parsed, choice, hits, chosen);
            }
        }
        return 0;
    }

    private void print(PrintWriter out, ParsedQuery query, RankerChoice choice, List<Hit> hits, Ranker chosen) {
        out.printf("%nquery '%s' understood as '%s'; ranker %s (%s)%n", query.raw(), query.normalised(), choice.label,
                choice.description);
        if (hits.isEmpty()) {
            out.println("no product matches");
            return;
        }
        out.printf("%4s  %8s  %-48s  %-22s  %8s  %s%n", "rank", "product", "name", "aisle", "score", "driven by");
        for (int i = 0; i < hits.size(); i++) {
            Hit hit = hits.get(i);
            String drivers = drivers(hit, chosen).entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s %+.2f", e.getKey(), e.getValue()))
                    .reduce((a, b) -> a + ", " + b).orElse("");
            out.printf(Locale.ROOT, "%4d  %8d  %-48s  %-22s  %8.3f  %s%n", i + 1, hit.product().id(),
                    cut(hit.product().name(), 48), cut(hit.product().aisle(), 22), hit.score(), drivers);
        }
    }

    private Map<String, Object> document(ParsedQuery query, RankerChoice choice, List<Hit> hits, Ranker chosen) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("query", query.raw());
        document.put("normalised", query.normalised());
        document.put("ranker", choice.label);
        List<Map<String, Object>> results = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit hit = hits.get(i);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("rank", i + 1);
            result.put("productId", hit.product().id());
            result.put("name", hit.product().name());
            result.put("aisle", hit.product().aisle());
            result.put("department", hit.product().department());
            result.put("score", hit.score());
            result.put("drivers", drivers(hit, chosen));
            Map<String, Double> features = new LinkedHashMap<>();
            for (Feature feature : Feature.values()) {
                features.put(feature.label(), hit.features().get(feature));
            }
            result.put("features", features);
            results.add(result);
        }
        document.put("results", results);
        return document;
    }

    /**
     * What drove a score: for the learned ranker the features' contributions (SHAP values) with the largest
     * size; for BM25 the fields that matched; for the baseline the BM25 total and the popularity.
     */
    static Map<String, Double> drivers(Hit hit, Ranker ranker) {
        Map<String, Double> drivers = new LinkedHashMap<>();
        if (ranker instanceof LearnedRanker learned) {
            learned.contributions(hit.features()).entrySet().stream()
                    .sorted(Comparator.comparingDouble((Map.Entry<Feature, Double> e) -> -Math.abs(e.getValue())))
                    .limit(DRIVERS)
                    .forEach(e -> drivers.put(e.getKey().label(), e.getValue()));
            return drivers;
        }
        for (Feature field : List.of(Feature.BM25_NAME, Feature.BM25_AISLE, Feature.BM25_DEPARTMENT)) {
            if (hit.features().get(field) != 0) {
                drivers.put(field.label(), hit.features().get(field));
            }
        }
        if (ranker.name().equals(RankerChoice.POPULARITY.label)) {
            drivers.put(Feature.POPULARITY.label(), hit.features().get(Feature.POPULARITY));
        }
        return drivers;
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
