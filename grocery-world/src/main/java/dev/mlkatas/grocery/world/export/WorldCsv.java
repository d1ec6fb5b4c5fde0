package dev.mlkatas.grocery.world.export;

import dev.mlkatas.grocery.world.GroceryWorld;
import dev.mlkatas.grocery.world.catalogue.Product;
import dev.mlkatas.grocery.world.city.Store;
import dev.mlkatas.grocery.world.customers.Covariates;
import dev.mlkatas.grocery.world.customers.Customer;
import dev.mlkatas.grocery.world.orders.Order;
import dev.mlkatas.grocery.world.orders.OrderItem;
import dev.mlkatas.grocery.world.searches.Search;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a world as CSV files with a header, streaming customer by customer:
 * {@code products.csv} (product_id, name, brand, kind, aisle, department, price, size, unit, words),
 * {@code stores.csv} (store_id, name, x_km, y_km), {@code customers.csv} (customer_id and the covariates
 * the service knows, blank where unknown: the table the churn job reads with {@code --covariates}),
 * {@code homes.csv} (customer_id, signup_date, x_km, y_km), {@code orders.csv} (order_id, customer_id,
 * store_id, date, time, amount: the log the churn and lifetime-value jobs read with {@code --transactions}),
 * {@code order_items.csv} (order_id, product_id, quantity, unit_price, promoted, replaces) and
 * {@code searches.csv} (order_id, customer_id, date, time, query, clicked_product_id, bought).
 * The latent traits are not written: no data set shows them.
 *
 * <p>Example: {@code WorldCsv.write(GroceryWorld.generate(WorldSettings.defaults(7)), Path.of("data"))}
 */
public final class WorldCsv {

    /** The files {@link #write} makes, in the order it makes them. */
    public static final List<String> FILES = List.of("products.csv", "stores.csv", "customers.csv", "homes.csv",
            "orders.csv", "order_items.csv", "searches.csv");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private WorldCsv() {
    }

    /** Writes the world's files into {@code directory}, which must exist; returns the number of orders. */
    public static long write(GroceryWorld world, Path directory) throws IOException {
        try (CSVPrinter products = printer(directory, "products.csv", "product_id", "name", "brand", "kind",
                "aisle", "department", "price", "size", "unit", "words")) {
            for (Product p : world.catalogue().products()) {
                products.printRecord(p.id(), p.name(), p.brand(), p.kind(), p.aisle(), p.department(),
                        money(p.price()), p.size(), p.unit(), String.join(" ", p.words()));
            }
        }
        try (CSVPrinter stores = printer(directory, "stores.csv", "store_id", "name", "x_km", "y_km")) {
            for (Store s : world.city().stores()) {
                stores.printRecord(s.id(), s.name(), s.location().x(), s.location().y());
            }
        }
        long[] count = new long[1];
        try (CSVPrinter customers = printer(directory, "customers.csv", "customer_id", "fee_sensitivity",
                "late_deliveries", "support_contacts", "plan", "region");
             CSVPrinter homes = printer(directory, "homes.csv", "customer_id", "signup_date", "x_km", "y_km");
             CSVPrinter orders = printer(directory, "orders.csv", "order_id", "customer_id", "store_id", "date",
                     "time", "amount");
             CSVPrinter items = printer(directory, "order_items.csv", "order_id", "product_id", "quantity",
                     "unit_price", "promoted", "replaces");
             CSVPrinter searches = printer(directory, "searches.csv", "order_id", "customer_id", "date", "time",
                     "query", "clicked_product_id", "bought")) {
            world.customers().forEach(customer -> {
                try {
                    writeCustomer(customer, customers, homes);
                    List<Order> placed = world.orders(customer);
                    for (Order order : placed) {
                        orders.printRecord(order.id(), order.customerId(), order.storeId(), order.date(),
                                order.time(), money(order.amount()));
                        for (OrderItem item : order.items()) {
                            items.printRecord(order.id(), item.productId(), quantity(item.quantity()),
                                    money(item.unitPrice()), item.promoted(),
                                    item.replaces() == null ? "" : item.replaces());
                        }
                        count[0]++;
                    }
                    for (Search search : world.searches(customer, placed)) {
                        searches.printRecord(search.orderId(), search.customerId(), search.date(), search.time(),
                                search.query(), search.clickedProductId(), search.bought());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    private static void writeCustomer(Customer customer, CSVPrinter customers, CSVPrinter homes) throws IOException {
        Covariates c = customer.covariates();
        customers.printRecord(customer.id(), Double.isNaN(c.feeSensitivity()) ? "" : c.feeSensitivity(),
                c.lateDeliveries(), c.supportContacts(), c.plan(), c.region() == null ? "" : c.region());
        homes.printRecord(customer.id(), customer.signupDate(), customer.home().x(), customer.home().y());
    }

    private static CSVPrinter printer(Path directory, String file, String... header) throws IOException {
        Writer writer = Files.newBufferedWriter(directory.resolve(file), StandardCharsets.UTF_8);
        return new CSVPrinter(writer, FORMAT.builder().setHeader(header).get());
    }

    private static String quantity(double quantity) {
        return quantity == Math.rint(quantity) ? Long.toString((long) quantity) : money(quantity);
    }

    private static String money(double amount) {
        return String.format(Locale.ROOT, "%.2f", amount);
    }
}
