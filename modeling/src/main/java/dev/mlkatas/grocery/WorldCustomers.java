package dev.mlkatas.grocery;

import dev.mlkatas.customers.CustomerTable;
import dev.mlkatas.customers.CustomerTable.Column;
import dev.mlkatas.grocery.world.GroceryWorld;
import dev.mlkatas.grocery.world.GroundTruth;
import dev.mlkatas.grocery.world.WorldSettings;
import dev.mlkatas.grocery.world.customers.Covariates;
import dev.mlkatas.grocery.world.customers.Customer;
import dev.mlkatas.grocery.world.orders.Order;
import dev.mlkatas.orders.CustomerHistory;
import java.util.ArrayList;
import java.util.List;

/**
 * The grocery world's customers as the modelling jobs see them: each customer's orders as dates and
 * amounts, and the covariates the service knows, with the truth they were drawn from.
 *
 * <p>Example: {@code WorldCustomers.draw(20_000, 7).histories()}
 *
 * @param histories every customer's orders, by customer id
 * @param covariateTable the covariates, one row per customer without labels, as {@code customers.csv} holds them
 * @param truth the planted parameters and the seed
 */
public record WorldCustomers(List<CustomerHistory> histories, CustomerTable covariateTable, GroundTruth truth) {

    /** The first {@code customers} customers of the world with this seed and the default truth. */
    public static WorldCustomers draw(int customers, long seed) {
        return of(GroceryWorld.generate(WorldSettings.of(customers, seed)));
    }

    /** Every customer of {@code world}. */
    public static WorldCustomers of(GroceryWorld world) {
        int n = world.settings().customers();
        List<CustomerHistory> histories = new ArrayList<>(n);
        List<String> ids = new ArrayList<>(n);
        double[] fee = new double[n];
        double[] late = new double[n];
        double[] support = new double[n];
        String[] plan = new String[n];
        String[] region = new String[n];
        world.customers().forEach(customer -> {
            int i = customer.index();
            Covariates c = customer.covariates();
            ids.add(customer.id());
            fee[i] = c.feeSensitivity();
            late[i] = c.lateDeliveries();
            support[i] = c.supportContacts();
            plan[i] = c.plan();
            region[i] = c.region();
            histories.add(history(world, customer));
        });
        CustomerTable table = new CustomerTable("", List.copyOf(ids), new int[n], List.of(
                Column.numeric("fee_sensitivity", fee), Column.numeric("late_deliveries", late),
                Column.numeric("support_contacts", support), Column.text("plan", plan),
                Column.text("region", region)));
        return new WorldCustomers(List.copyOf(histories), table, world.settings().truth());
    }

    private static CustomerHistory history(GroceryWorld world, Customer customer) {
        List<CustomerHistory.Order> orders = new ArrayList<>();
        for (Order order : world.orders(customer)) {
            orders.add(new CustomerHistory.Order(order.date(), order.amount()));
        }
        return CustomerHistory.of(customer.id(), orders);
    }
}
