package dev.mlkatas.grocery.world.orders;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One order: who, from which store, when, and what.
 *
 * <p>Example: {@code world.orders(world.customer(0)).get(0).amount()} is what the first customer's first
 * order cost.
 *
 * @param id stable: the customer's id, a dash and the order's number for that customer, from 1, e.g.
 *     {@code C000017-0003}
 * @param customerId the customer
 * @param storeId the store it was delivered from
 * @param date the day it was placed
 * @param time the time of day it was placed
 * @param items the lines, at least one, each product at most once
 */
public record Order(String id, String customerId, String storeId, LocalDate date, LocalTime time,
        List<OrderItem> items) {

    public Order {
        items = List.copyOf(items);
    }

    /** What the order cost: the sum of its lines, in dollars and cents. */
    public double amount() {
        long cents = 0;
        for (OrderItem item : items) {
            cents += Math.round(item.total() * 100);
        }
        return cents / 100.0;
    }
}
