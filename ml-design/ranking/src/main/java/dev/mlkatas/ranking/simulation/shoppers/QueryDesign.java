package dev.mlkatas.ranking.simulation.shoppers;

import dev.mlkatas.ranking.catalog.Product;
import dev.mlkatas.ranking.log.QuerySegment;
import java.util.List;

/**
 * How the simulated shop's hidden truth grades the products for one query: a list of targets, each an
 * aisle (or a brand) with a grade and a condition on the product's name. A product's grade is the highest
 * grade of the targets it meets, 0 if it meets none.
 *
 * <p>Example: {@code "fish"} has the target {@code (seafood counter, 3, "salmon|cod|tilapia|tuna|fish...")}:
 * {@code Wild Atlantic Salmon Fillets} at the seafood counter is graded 3 although its name never says
 * fish, while {@code Cheddar Fish Crackers} meets no target and is graded 0.
 *
 * @param text the query as shoppers type it
 * @param segment the kind of query
 * @param weight how often it is typed, relative to the other designs (the population scales weights to sum 1)
 * @param targets what the query is after
 */
record QueryDesign(String text, QuerySegment segment, double weight, List<Target> targets) {

    QueryDesign {
        targets = List.copyOf(targets);
    }

    /**
     * Products a query is after: those of an aisle (by name, ignoring case) or of a brand, whose name meets
     * a word condition.
     *
     * @param aisle the aisle's name, or {@code null} for any aisle
     * @param brand the brand, or {@code null} for any brand
     * @param grade the grade, 1 to 3
     * @param words what the name must say
     */
    record Target(String aisle, String brand, int grade, WordCondition words) {

        Target {
            if (aisle == null && brand == null) {
                throw new IllegalArgumentException("a target names an aisle or a brand");
            }
            if (grade < 1 || grade > 3) {
                throw new IllegalArgumentException("a target's grade is 1, 2 or 3, not " + grade);
            }
        }

        /** Products of {@code aisle} whose name meets {@code words}, e.g. {@code in("milk", 3, "milk !chocolate")}. */
        static Target in(String aisle, int grade, String words) {
            return new Target(aisle, null, grade, WordCondition.parse(words));
        }

        /** Products of {@code brand} whose name meets {@code words}. */
        static Target ofBrand(String brand, int grade, String words) {
            return new Target(null, brand, grade, WordCondition.parse(words));
        }

        boolean matches(Product product, String[] words) {
            return (aisle == null || aisle.equalsIgnoreCase(product.aisle()))
                    && (brand == null || brand.equals(product.brand()))
                    && this.words.test(words);
        }
    }

    /** The product's grade, 0 to 3; {@code words} are its name's, from {@link NameWords#of}. */
    int grade(Product product, String[] words) {
        int grade = 0;
        for (Target target : targets) {
            if (target.grade() > grade && target.matches(product, words)) {
                grade = target.grade();
            }
        }
        return grade;
    }

    /** The same truth under another text and segment: a misspelling of this query. */
    QueryDesign misspelled(String typo, double share) {
        return new QueryDesign(typo, QuerySegment.MISSPELLED, weight * share, targets);
    }
}
