package dev.mlkatas.grocery.world.searches;

import dev.mlkatas.grocery.world.catalogue.Catalogue;
import dev.mlkatas.grocery.world.catalogue.Product;
import dev.mlkatas.grocery.world.customers.Customer;
import dev.mlkatas.grocery.world.draws.Seeds;
import dev.mlkatas.grocery.world.orders.Order;
import dev.mlkatas.grocery.world.orders.OrderItem;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The searches behind a customer's orders. A line of an order was found by a search 30 % of the time (not the
 * replacements of products out of stock, which the shop put in); the query is the product's kind half the
 * time ({@code bananas}), its brand and kind a quarter ({@code sunfield bananas}) and one of its words and kind
 * the rest ({@code organic bananas}); the product is clicked and bought. One order in five also has a search
 * that was clicked and not bought: the kind of a product of the order, and another brand of it clicked (an
 * order holds one brand of a kind). Searches come from the customer's own stream, so they never move the orders.
 *
 * <p>Example: {@code new SearchLog(seed, catalogue).searches(customer, world.orders(customer))}
 */
public final class SearchLog {

    static final double SEARCHED_LINE = 0.3;
    static final double ABANDONED_SEARCH = 0.2;

    private final long seed;
    private final Catalogue catalogue;

    public SearchLog(long seed, Catalogue catalogue) {
        this.seed = seed;
        this.catalogue = catalogue;
    }

    /** The customer's searches, order by order; {@code orders} are the customer's own. */
    public List<Search> searches(Customer customer, List<Order> orders) {
        SplittableRandom random = Seeds.stream(seed, Seeds.SEARCHES, customer.index());
        List<Search> searches = new ArrayList<>();
        for (Order order : orders) {
            LocalTime time = order.time().minusMinutes(5 + order.items().size());
            if (time.isAfter(order.time())) {
                time = LocalTime.MIDNIGHT;
            }
            for (OrderItem item : order.items()) {
                if (item.replaces() == null && random.nextDouble() < SEARCHED_LINE) {
                    Product product = catalogue.product(item.productId());
                    searches.add(new Search(order.id(), customer.id(), order.date(), time, query(random, product),
                            product.id(), true));
                }
            }
            if (random.nextDouble() < ABANDONED_SEARCH) {
                Product seen = catalogue.product(order.items().get(random.nextInt(order.items().size())).productId());
                List<Integer> others = catalogue.substitutes(seen.index());
                int clicked = others.isEmpty() ? seen.index() : others.get(random.nextInt(others.size()));
                searches.add(new Search(order.id(), customer.id(), order.date(), time, seen.kind(),
                        catalogue.product(clicked).id(), others.isEmpty()));
            }
        }
        return searches;
    }

    private static String query(SplittableRandom random, Product product) {
        double u = random.nextDouble();
        if (u < 0.5) {
            return product.kind();
        }
        if (u < 0.75) {
            return product.brand().toLowerCase(Locale.ROOT) + " " + product.kind();
        }
        return product.words().get(random.nextInt(product.words().size())) + " " + product.kind();
    }
}
