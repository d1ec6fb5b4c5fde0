package dev.mlkatas.ranking.retrieval;

/**
 * How much a match in each field counts in retrieval's score: the score of a product is
 * {@code name * nameScore + aisle * aisleScore + department * departmentScore}, each field score being
 * BM25 of the query against that field alone.
 *
 * <p>Example: {@code new FieldWeights(1.0, 3.0, 0.2)} lifts products whose aisle matches the query (every
 * fillet in a "fish" aisle) above products whose name alone matches ("fish sauce").
 *
 * <p>A weight of 0 leaves the field out of matching (a product is no longer found by that field alone) but
 * its score is still reported on every candidate, for the features.
 *
 * @param name the weight of the product name
 * @param aisle the weight of the aisle name
 * @param department the weight of the department name
 */
public record FieldWeights(double name, double aisle, double department) {

    /**
     * The defaults: name 1.0, aisle 0.5, department 0.2. The name says what a product is; the aisle says
     * it only for the products of aisles named like the query ("fish" in a "frozen fish" aisle); a
     * department name ("meat seafood") is broad, so it only breaks ties among weak name matches.
     */
    public static final FieldWeights DEFAULT = new FieldWeights(1.0, 0.5, 0.2);

    /** Only the name counts: plain BM25 over product names. */
    public static final FieldWeights NAME_ONLY = new FieldWeights(1.0, 0.0, 0.0);

    public FieldWeights {
        check("name", name);
        check("aisle", aisle);
        check("department", department);
        if (name == 0 && aisle == 0 && department == 0) {
            throw new IllegalArgumentException("field weights: at least one weight must be positive, all are 0");
        }
    }

    private static void check(String field, double weight) {
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException("field weights: the " + field + " weight " + weight
                    + " is not a finite number of at least 0");
        }
    }

    /** The weight of one of the {@link CatalogField#SCORED scored fields}. */
    public double of(CatalogField field) {
        return switch (field) {
            case NAME -> name;
            case AISLE -> aisle;
            case DEPARTMENT -> department;
            case BRAND -> throw new IllegalArgumentException("the brand field is not scored");
        };
    }
}
