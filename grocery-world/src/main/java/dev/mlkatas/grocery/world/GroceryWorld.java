package dev.mlkatas.grocery.world;

import dev.mlkatas.grocery.world.catalogue.Catalogue;
import dev.mlkatas.grocery.world.city.City;
import dev.mlkatas.grocery.world.customers.Customer;
import dev.mlkatas.grocery.world.customers.Customers;
import dev.mlkatas.grocery.world.orders.Order;
import dev.mlkatas.grocery.world.orders.OrderProcess;
import dev.mlkatas.grocery.world.orders.PlannedOrder;
import dev.mlkatas.grocery.world.orders.ShopDays;
import dev.mlkatas.grocery.world.searches.Search;
import dev.mlkatas.grocery.world.searches.SearchLog;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The one grocery shop the katas' generated data comes from: a {@link Catalogue}, a {@link City} with its
 * stores, customers and their orders over 104 weeks, with promotions and stock-outs ({@link ShopDays}) and
 * three public holidays on which the stores close ({@code ClosingDays}), and the searches behind the orders
 * ({@link SearchLog}). Every
 * draw takes the seed: the same settings give the same world.
 *
 * <p>Example: {@code GroceryWorld world = GroceryWorld.generate(WorldSettings.defaults(7));
 * world.orders().mapToDouble(Order::amount).sum()}
 *
 * <p>Nothing is held but the catalogue and the stores: customers and their orders are drawn when asked for,
 * each customer from their own random stream, so that a world of 100,000 customers streams in constant
 * memory and any one customer can be drawn alone. The process is documented where it happens:
 * {@link Customers} (who), {@link OrderProcess} (when and how much), {@code Baskets} (what).
 */
public final class GroceryWorld {

    private final WorldSettings settings;
    private final Catalogue catalogue;
    private final City city;
    private final Customers customers;
    private final OrderProcess process;
    private final SearchLog searchLog;

    private GroceryWorld(WorldSettings settings) {
        this.settings = settings;
        this.catalogue = Catalogue.of(settings.seed());
        this.city = City.of(settings.seed());
        this.customers = new Customers(settings);
        this.process = new OrderProcess(settings, catalogue, city);
        this.searchLog = new SearchLog(settings.seed(), catalogue);
    }

    /** The world of these settings; cheap, as customers and orders are drawn when asked for. */
    public static GroceryWorld generate(WorldSettings settings) {
        return new GroceryWorld(settings);
    }

    public WorldSettings settings() {
        return settings;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public City city() {
        return city;
    }

    /** The promotions and stock-outs of every store and day. */
    public ShopDays shopDays() {
        return new ShopDays(settings.seed());
    }

    /** The customer with this index, 0 to customers - 1. */
    public Customer customer(int index) {
        return customers.customer(index);
    }

    /** Every customer, by index, drawn as the stream is consumed. */
    public Stream<Customer> customers() {
        return IntStream.range(0, settings.customers()).mapToObj(customers::customer);
    }

    /** A customer's orders, oldest first; at least one (the signup order). */
    public List<Order> orders(Customer customer) {
        return process.orders(customer);
    }

    /**
     * A customer's orders as planned, without their baskets: the dates of {@link #orders(Customer)} and values
     * within cents of their amounts (but for a few baskets in a thousand, too large to fill), for a fraction of
     * the cost, for katas that need when and how much a customer spends but not what they buy.
     */
    public List<PlannedOrder> plannedOrders(Customer customer) {
        return process.plan(customer);
    }

    /** The searches behind a customer's orders, given those orders ({@link #orders(Customer)}). */
    public List<Search> searches(Customer customer, List<Order> orders) {
        return searchLog.searches(customer, orders);
    }

    /** Every search, customer by customer, drawn as the stream is consumed. */
    public Stream<Search> searches() {
        return customers().flatMap(customer -> searches(customer, orders(customer)).stream());
    }

    /** Every order, customer by customer and each customer's oldest first, drawn as the stream is consumed. */
    public Stream<Order> orders() {
        return customers().flatMap(customer -> orders(customer).stream());
    }
}
