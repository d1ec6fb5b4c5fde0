package dev.mlkatas.ranking.features;

import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.query.ParsedQuery;
import dev.mlkatas.ranking.retrieval.Candidate;
import java.util.List;

/**
 * The signals of one (query, product) pair for the feature tests, with sensible values for everything a test
 * does not set: {@code new QueryProductPair().query("salmon").name("wild", "salmon").signals()}.
 */
final class QueryProductPair {

    private List<String> query = List.of("salmon", "fillet");
    private List<String> name = List.of("wild", "salmon", "fillet");
    private double nameScore = 2.5;
    private double aisleScore = 0.7;
    private double departmentScore = 0.3;
    private double aisleIntent = 0.6;
    private double departmentIntent = 0.8;
    private double[] queryVector = {1, 0, 2};
    private double[] productVector = {1, 1, 2};
    private long purchases = 9;
    private double price = 12.0;
    private double aisleMedianPrice = 6.0;
    private boolean inStock = true;
    private int userPurchases = 0;

    QueryProductPair query(String... terms) {
        this.query = List.of(terms);
        return this;
    }

    QueryProductPair name(String... terms) {
        this.name = List.of(terms);
        return this;
    }

    QueryProductPair bm25(double name, double aisle, double department) {
        this.nameScore = name;
        this.aisleScore = aisle;
        this.departmentScore = department;
        return this;
    }

    QueryProductPair intent(double aisle, double department) {
        this.aisleIntent = aisle;
        this.departmentIntent = department;
        return this;
    }

    QueryProductPair vectors(double[] query, double[] product) {
        this.queryVector = query.clone();
        this.productVector = product.clone();
        return this;
    }

    QueryProductPair purchases(long purchases) {
        this.purchases = purchases;
        return this;
    }

    QueryProductPair price(double price, double aisleMedian) {
        this.price = price;
        this.aisleMedianPrice = aisleMedian;
        return this;
    }

    QueryProductPair inStock(boolean inStock) {
        this.inStock = inStock;
        return this;
    }

    QueryProductPair userPurchases(int userPurchases) {
        this.userPurchases = userPurchases;
        return this;
    }

    Signals signals() {
        Product product = new Product(42, String.join(" ", name), 15, "seafood counter", 12, "meat seafood",
                "Ocean Fresh", price, inStock);
        Candidate candidate = new Candidate(product, nameScore + aisleScore + departmentScore, nameScore, aisleScore,
                departmentScore);
        ParsedQuery parsed = new ParsedQuery(String.join(" ", query), String.join(" ", query), query);
        return new Signals(parsed, candidate, name, aisleIntent, departmentIntent, queryVector, productVector,
                purchases, aisleMedianPrice, userPurchases);
    }

    FeatureVector extract() {
        return new FeatureExtractor().extract(signals());
    }
}
