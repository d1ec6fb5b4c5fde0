package dev.mlkatas.ranking.simulation.shoppers;

import static dev.mlkatas.ranking.simulation.shoppers.QueryDesign.Target.in;

import dev.mlkatas.ranking.log.QuerySegment;
import dev.mlkatas.ranking.simulation.shoppers.QueryDesign.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written queries of the simulated shop, designed on the Instacart aisle names so that they work
 * on the synthetic catalogue and on the real one alike.
 *
 * <p>The head queries and their truths:
 * <ul>
 *   <li>"fish": real fish at the seafood counter, packaged, frozen or canned is graded 3 whether or not its
 *       name says fish (salmon, cod, tilapia, tuna...); gefilte fish 2; shellfish there 1; a fish meal or
 *       salad 1. Fish-shaped crackers, fish sauce, fish oil, cat food with fish, Swedish Fish candy, fish
 *       stock: 0.
 *   <li>"milk": milk 3, flavoured milk 2, buttermilk 1, plant and lactose-free milks 2, half and half 1;
 *       milk chocolate, coconut milk, whole-milk yogurt, chocolate milk mix: 0.
 *   <li>"apple": apples 3, packaged apple slices 2, apple juice and applesauce 1; apple cider vinegar,
 *       apple pie, apple cinnamon cereal, apple chips, chicken apple sausage: 0.
 *   <li>"chicken": raw chicken 3, frozen chicken 2, canned, sliced and cooked chicken 1; chicken soup and
 *       broth, chicken-flavoured dog food and ramen, chicken seasoning, vegan chicken: 0.
 *   <li>"bread": everything in the bread aisle 3, buns, naan, banana bread and garlic bread 1; bread crumbs,
 *       bread flour, bread and butter pickles, banana bread mix, French bread pizza: 0.
 * </ul>
 * Tail queries are specific ("smoked salmon", "gluten free penne") and some turn a head query's trap into
 * the target ("fish sauce", "fish oil", "milk chocolate"). Misspelled queries have their original's truth.
 */
final class DesignedQueries {

    /** Words that make a product real fish. */
    static final String FISH = "fish|salmon|cod|tilapia|tuna|halibut|trout|haddock|mahi|swordfish|catfish|pollock"
            + "|whitefish|sardine|anchovy|anchovies|herring|lox|mackerel|sole|snapper|albacore|sockeye";
    private static final String SHELLFISH = "shrimp|scallop|mussel|crab|lobster|oyster|clam|prawn";

    /** How often each tail query is typed, against 10 for "fish". */
    private static final double TAIL_WEIGHT = 0.3;
    /** How often a misspelling is typed, as a share of its original. */
    private static final double TYPO_SHARE = 0.12;

    private DesignedQueries() {
    }

    /** Every designed query: head, tail, then misspelled. */
    static List<QueryDesign> all() {
        List<QueryDesign> designs = new ArrayList<>(head());
        designs.addAll(tail());
        Map<String, QueryDesign> byText = new HashMap<>();
        designs.forEach(design -> byText.put(design.text(), design));
        List<QueryDesign> typos = new ArrayList<>();
        for (String[] typo : TYPOS) {
            typos.add(byText.get(typo[1]).misspelled(typo[0], TYPO_SHARE));
        }
        designs.addAll(typos);
        return designs;
    }

    static List<QueryDesign> head() {
        return List.of(
                head("fish", 10,
                        in("seafood counter", 3, FISH), in("seafood counter", 1, SHELLFISH),
                        in("packaged seafood", 3, FISH), in("packaged seafood", 1, SHELLFISH),
                        in("frozen meat seafood", 3, FISH), in("frozen meat seafood", 1, SHELLFISH),
                        in("canned meat seafood", 3, FISH), in("canned meat seafood", 1, SHELLFISH),
                        in("kosher foods", 2, "fish"), in("frozen meals", 1, FISH), in("prepared meals", 1, FISH),
                        in("prepared soups salads", 1, FISH)),
                head("milk", 9,
                        in("milk", 3, "milk !chocolate|strawberry"), in("milk", 2, "milk chocolate|strawberry"),
                        in("milk", 1, ""), in("soy lactose free", 2, "milk"), in("cream", 1, "half")),
                head("bread", 7,
                        in("bread", 3, ""), in("buns rolls", 1, ""), in("tortillas flat bread", 1, "bread|flatbread"),
                        in("breakfast bakery", 1, "bread"), in("frozen breads doughs", 1, "bread")),
                head("chicken", 7,
                        in("poultry counter", 3, "chicken"), in("packaged poultry", 3, "chicken"),
                        in("frozen meat seafood", 2, "chicken"), in("canned meat seafood", 1, "chicken"),
                        in("lunch meat", 1, "chicken"), in("prepared meals", 1, "chicken"),
                        in("meat counter", 1, "chicken")),
                head("apple", 5,
                        in("fresh fruits", 3, "apple"), in("packaged vegetables fruits", 2, "apple"),
                        in("juice nectars", 1, "apple"), in("canned fruit applesauce", 1, "apple|applesauce")));
    }

    static List<QueryDesign> tail() {
        return List.of(
                tail("smoked salmon", in("packaged seafood", 3, "smoked salmon"), in("packaged seafood", 3, "lox"),
                        in("packaged seafood", 1, "salmon"), in("seafood counter", 1, "salmon")),
                tail("wild salmon fillets", in("seafood counter", 3, "wild salmon"), in("seafood counter", 2, "salmon"),
                        in("frozen meat seafood", 1, "salmon"), in("packaged seafood", 1, "salmon")),
                tail("cod fillets", in("seafood counter", 3, "cod"), in("frozen meat seafood", 3, "cod"),
                        in("packaged seafood", 2, "cod"), in("seafood counter", 1, "fillet")),
                tail("tilapia fillets", in("seafood counter", 3, "tilapia"), in("frozen meat seafood", 3, "tilapia"),
                        in("seafood counter", 1, "fillet"), in("frozen meat seafood", 1, "fillet")),
                tail("canned tuna", in("canned meat seafood", 3, "tuna"),
                        in("canned meat seafood", 1, "salmon|sardine|anchovy"), in("prepared soups salads", 1, "tuna")),
                tail("fish fingers", in("frozen meat seafood", 3, "fish finger|stick"),
                        in("frozen meat seafood", 1, "fish")),
                tail("fish sauce", in("asian foods", 3, "fish sauce"), in("condiments", 3, "fish sauce"),
                        in("asian foods", 1, "sauce")),
                tail("fish oil", in("vitamins supplements", 3, "fish oil"), in("vitamins supplements", 2, "krill"),
                        in("vitamins supplements", 2, "liver oil")),
                tail("salmon cat food", in("cat food care", 3, "salmon cat food"), in("cat food care", 1, "cat food")),
                tail("organic whole milk", in("milk", 3, "organic whole milk"),
                        in("milk", 2, "whole milk !chocolate|strawberry"), in("milk", 1, "organic milk")),
                tail("almond milk", in("soy lactose free", 3, "almond milk"), in("soy lactose free", 1, "milk"),
                        in("refrigerated", 1, "almond milk")),
                tail("milk chocolate", in("candy chocolate", 3, "milk chocolate"),
                        in("baking ingredients", 2, "milk chocolate"), in("candy chocolate", 1, "chocolate")),
                tail("apple juice", in("juice nectars", 3, "apple juice"), in("juice nectars", 2, "apple cider"),
                        in("juice nectars", 1, "juice")),
                tail("honeycrisp apples", in("fresh fruits", 3, "honeycrisp"), in("fresh fruits", 1, "apple")),
                tail("apple pie", in("bakery desserts", 3, "apple pie"), in("frozen dessert", 3, "apple pie"),
                        in("spices seasonings", 1, "apple pie")),
                tail("chicken breast", in("poultry counter", 3, "chicken breast"),
                        in("packaged poultry", 3, "chicken breast"), in("frozen meat seafood", 2, "chicken breast"),
                        in("poultry counter", 1, "chicken"), in("packaged poultry", 1, "chicken")),
                tail("chicken noodle soup", in("soup broth bouillon", 3, "chicken noodle soup"),
                        in("prepared soups salads", 3, "chicken noodle soup"),
                        in("soup broth bouillon", 1, "chicken soup|broth"), in("soup broth bouillon", 1, "soup")),
                tail("sourdough bread", in("bread", 3, "sourdough"), in("bread", 1, "")),
                tail("whole wheat bread", in("bread", 3, "whole wheat"), in("bread", 1, "")),
                tail("bread crumbs", in("baking ingredients", 3, "bread crumb")),
                tail("gluten free penne", in("dry pasta", 3, "gluten free penne"), in("dry pasta", 1, "penne"),
                        in("dry pasta", 1, "gluten free")),
                tail("greek yogurt", in("yogurt", 3, "greek yogurt"), in("yogurt", 1, "yogurt|skyr")),
                tail("cheddar cheese", in("packaged cheese", 3, "cheddar"), in("specialty cheeses", 3, "cheddar"),
                        in("packaged cheese", 1, "")),
                tail("peanut butter", in("spreads", 3, "peanut butter"), in("spreads", 1, "butter")),
                tail("sparkling water", in("water seltzer sparkling water", 3, "sparkling|seltzer"),
                        in("water seltzer sparkling water", 1, "")),
                tail("grain free dog food", in("dog food care", 3, "grain free dog food"),
                        in("dog food care", 1, "dog food")),
                tail("baby wipes", in("diapers wipes", 3, "wipes"), in("diapers wipes", 1, "")),
                tail("frozen pizza", in("frozen pizza", 3, "pizza")));
    }

    /** Typing errors and the query they were meant to be: a dropped, doubled or swapped letter. */
    private static final String[][] TYPOS = {
        {"fsih", "fish"}, {"fis", "fish"}, {"mlik", "milk"}, {"chiken", "chicken"}, {"chicekn", "chicken"},
        {"bred", "bread"}, {"breaad", "bread"}, {"aple", "apple"}, {"appel", "apple"},
        {"smoked samon", "smoked salmon"}, {"gluten free pene", "gluten free penne"},
        {"chicken brest", "chicken breast"}, {"greek yougurt", "greek yogurt"}, {"peanut buter", "peanut butter"},
        {"sourdoh bread", "sourdough bread"}, {"tilapa fillets", "tilapia fillets"}, {"almond mlik", "almond milk"},
    };

    private static QueryDesign head(String text, double weight, Target... targets) {
        return new QueryDesign(text, QuerySegment.HEAD, weight, List.of(targets));
    }

    private static QueryDesign tail(String text, Target... targets) {
        return new QueryDesign(text, QuerySegment.TAIL, TAIL_WEIGHT, List.of(targets));
    }
}
