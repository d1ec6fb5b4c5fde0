package dev.mlkatas.recommendations;

import java.util.Map;
import java.util.Set;

/**
 * What the co-occurrence job counted, as the scores of task 2 read it: the number of baskets, and for each
 * item its stripe, which maps every other item to the number of baskets holding both, and the item itself
 * to the number of baskets holding it (the marginal).
 *
 * <p>Example: the baskets {@code milk,bread} and {@code milk} give {@code baskets() == 2},
 * {@code count("milk") == 2}, {@code count("milk", "bread") == 1}.
 *
 * @param baskets N: the baskets with at least one item
 * @param stripes item to (item or other item to count); an item bought with nothing else maps to itself alone
 */
public record CoCounts(long baskets, Map<String, Map<String, Long>> stripes) {

    public CoCounts {
        stripes = Map.copyOf(stripes);
    }

    /** The number of baskets holding {@code item}, 0 for an item never seen. */
    public long count(String item) {
        return count(item, item);
    }

    /** The number of baskets holding both items, 0 when they never met. */
    public long count(String item, String other) {
        Map<String, Long> stripe = stripes.get(item);
        return stripe == null ? 0 : stripe.getOrDefault(other, 0L);
    }

    /** Every item seen. */
    public Set<String> items() {
        return stripes.keySet();
    }

    /** The stripe of {@code item}: empty for an item never seen. */
    public Map<String, Long> stripe(String item) {
        return stripes.getOrDefault(item, Map.of());
    }
}
