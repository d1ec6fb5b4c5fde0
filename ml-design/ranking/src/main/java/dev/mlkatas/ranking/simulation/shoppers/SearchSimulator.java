package dev.mlkatas.ranking.simulation.shoppers;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.log.Impression;
import dev.mlkatas.ranking.log.Search;
import dev.mlkatas.ranking.log.SearchLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A simulated grocery shop's search traffic, with the hidden truth that real logs never show: which
 * queries shoppers type and how often, which products each query is really after (grades 0 to 3), and
 * what shoppers do with a page of results.
 *
 * <p>Example: {@code SearchLog log = new SearchSimulator(catalog, 7).simulate(policy, 100_000, 11);}
 *
 * <p><b>Queries.</b> The truth depends on the catalogue alone (aisle names, brands and product names), so
 * the simulator works on the synthetic catalogue, on one written to files and read back, and on the real
 * Instacart files. The population holds the designed head queries ("fish", "milk", "apple", "chicken",
 * "bread"), tail queries ("smoked salmon", "gluten free penne"...) and their misspellings, each kept when
 * its truth finds a product of grade 2 or 3 in the catalogue (so a design whose aisles the catalogue lacks
 * is dropped); then the grocery world's most typed queries, from the search log of the shop every kata's
 * default data comes from (its kinds alone, "tomatoes", with a brand or with a word), truth from what the
 * world's customers bought after them; then queries derived from the catalogue: each aisle's most frequent
 * distinctive noun (head) and modifier-and-noun (tail), the biggest brands, and typos of the aisle nouns. Head
 * queries take about two thirds of the traffic, the world's queries about an eighth. The rules are written
 * out in {@code DesignedQueries}, {@code WorldQueries} and {@code DerivedQueries}.
 *
 * <p><b>Shoppers</b> ({@code Shoppers}): a few thousand, regulars searching far more often than the rest;
 * for every query each has two favourite products among its most appealing relevant ones, and likes their
 * brands, so that a shopper's own purchases predict their next ones.
 *
 * <p><b>Click model</b> ({@code ClickModel}), position-based: a shopper examines position {@code p} with
 * probability {@code p^-0.8}, independently of what is shown; an examined product is clicked with a
 * probability that rises with its grade ({@code 0.02, 0.12, 0.35, 0.65}, times the product's appeal, plus
 * a bonus for favourites), then added to the cart and bought with probabilities that rise with the grade
 * and the shopper's affinity; nothing out of stock reaches the cart.
 *
 * <p>The same catalogue and seed give the same population (the world's queries are those of the world of
 * that seed), truths and shoppers; {@link #simulate} with the same seed gives the same log.
 */
public final class SearchSimulator {

    /** How many shoppers the shop has unless told otherwise. */
    public static final int DEFAULT_USERS = 3_000;

    private final Catalog catalog;
    private final QueryPopulation population;
    private final Shoppers shoppers;
    private final double[] cumulative;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final Map<String, List<Integer>> favouritePools = new HashMap<>();

    /** A simulator of {@link #DEFAULT_USERS} shoppers. */
    public SearchSimulator(Catalog catalog, long seed) {
        this(catalog, seed, DEFAULT_USERS);
    }

    /**
     * @param seed decides the shoppers' favourites, the products' appeal and the typos of derived queries
     * @throws IllegalArgumentException if the catalogue gives no query at all, or {@code userCount} is below 1
     */
    public SearchSimulator(Catalog catalog, long seed, int userCount) {
        this.catalog = catalog;
        this.population = new QueryPopulation(catalog, seed);
        this.shoppers = new Shoppers(seed, userCount);
        List<SimulatedQuery> queries = population.queries();
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("the catalogue " + catalog.source() + " gives no query: none of the "
                    + "designed queries finds a relevant product, and no aisle has a distinctive word");
        }
        this.cumulative = new double[queries.size()];
        double sum = 0;
        for (int q = 0; q < queries.size(); q++) {
            sum += queries.get(q).weight();
            cumulative[q] = sum;
            indexOf.put(queries.get(q).text(), q);
            favouritePools.put(queries.get(q).text(), pool(queries.get(q)));
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The query population, head queries first; the weights sum to 1. */
    public List<SimulatedQuery> queries() {
        return population.queries();
    }

    /** The population's query with this text, if there is one. */
    public Optional<SimulatedQuery> query(String text) {
        Integer q = indexOf.get(text);
        return q == null ? Optional.empty() : Optional.of(population.queries().get(q));
    }

    /**
     * The hidden relevance of a product to a query: 3 what the shopper came for, 2 a good substitute, 1
     * related, 0 not wanted. Works for products outside the catalogue too, from their aisle, brand and name.
     *
     * @throws IllegalArgumentException if the query is not in the population
     */
    public int trueGrade(SimulatedQuery query, Product product) {
        return population.grade(query, product);
    }

    /** Every catalogue product the query grades above 0, by id, with its grade. */
    public Map<Integer, Integer> grades(SimulatedQuery query) {
        return population.grades(query);
    }

    public int userCount() {
        return shoppers.count();
    }

    /** A query drawn by weight, so that head queries dominate. */
    public SimulatedQuery sampleQuery(RandomGenerator random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int at = Arrays.binarySearch(cumulative, u);
        int q = at >= 0 ? at + 1 : -at - 1;
        return population.queries().get(Math.min(q, cumulative.length - 1));
    }

    /** A shopper from 1 to {@link #userCount()}, regulars more often: {@code 1 + floor(n u^2)} for a uniform u. */
    public int sampleUser(RandomGenerator random) {
        return shoppers.sample(random);
    }

    /** The shopper's favourite products for this query, which they click and buy more often. */
    public List<Integer> favourites(SimulatedQuery query, int userId) {
        population.design(query);
        return shoppers.favourites(userId, indexOf.get(query.text()), favouritePools.get(query.text()));
    }

    /**
     * What one shopper does with one page: the position-based click model described above. Each
     * position takes exactly four numbers from {@code random}, so two pages of the same length see the same
     * draws position by position.
     *
     * @param page product ids, top first
     * @throws IllegalArgumentException naming the position of a product that is not in the catalogue
     */
    public List<Impression> browse(SimulatedQuery query, int userId, List<Integer> page, RandomGenerator random) {
        Map<Integer, Integer> grades = population.grades(query);
        List<Integer> favourites = favourites(query, userId);
        Set<String> favouriteBrands = new HashSet<>();
        for (int id : favourites) {
            String brand = catalog.product(id).brand();
            if (!brand.isBlank()) {
                favouriteBrands.add(brand);
            }
        }
        List<Impression> impressions = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            int position = i + 1;
            int id = page.get(i);
            if (!catalog.contains(id)) {
                throw new IllegalArgumentException("page position " + position + ": product " + id + " is not in "
                        + catalog.source());
            }
            Product product = catalog.product(id);
            int grade = grades.getOrDefault(id, 0);
            int affinity = favourites.contains(id) ? 2 : favouriteBrands.contains(product.brand()) ? 1 : 0;
            double examine = random.nextDouble();
            double click = random.nextDouble();
            double cart = random.nextDouble();
            double buy = random.nextDouble();
            boolean clicked = examine < ClickModel.examination(position)
                    && click < ClickModel.click(grade, shoppers.appeal(id), affinity);
            boolean added = clicked && cart < ClickModel.cart(grade, affinity, product.inStock());
            boolean purchased = added && buy < ClickModel.purchase(grade, affinity);
            impressions.add(new Impression(position, id, clicked, added, purchased));
        }
        return impressions;
    }

    /**
     * A log as the policy would collect it: {@code searches} searches with ids from 1, each a query and a
     * shopper drawn by weight, the policy's page, and what the shopper did. Queries and shoppers come from
     * one stream of the seed and each search's behaviour from a stream of its own, so two policies run with
     * the same seed face the same searches.
     */
    public SearchLog simulate(SearchPolicy policy, int searches, long seed) {
        if (searches < 0) {
            throw new IllegalArgumentException("the number of searches cannot be negative: " + searches);
        }
        SplittableRandom traffic = new SplittableRandom(seed);
        List<Search> log = new ArrayList<>(searches);
        for (int s = 1; s <= searches; s++) {
            SimulatedQuery query = sampleQuery(traffic);
            int user = sampleUser(traffic);
            List<Integer> page = policy.page(query, user);
            RandomGenerator behaviour = new SplittableRandom(Shoppers.hash(seed, s));
            log.add(new Search(s, user, query.text(), query.segment(), browse(query, user, page, behaviour)));
        }
        return new SearchLog(log);
    }

    /** The true probability that a shopper examines the product at {@code position} (1 for the top). */
    public double examinationProbability(int position) {
        return ClickModel.examination(position);
    }

    /** The query's products of grade 2 or 3, most appealing first: where favourites come from. */
    private List<Integer> pool(SimulatedQuery query) {
        return population.grades(query).entrySet().stream()
                .filter(entry -> entry.getValue() >= 2)
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparingDouble((Integer id) -> -shoppers.appeal(id)).thenComparing(id -> id))
                .limit(Shoppers.POOL)
                .toList();
    }
}
