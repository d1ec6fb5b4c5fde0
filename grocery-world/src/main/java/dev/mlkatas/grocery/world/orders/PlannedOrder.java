package dev.mlkatas.grocery.world.orders;

import java.time.LocalDate;

/**
 * An order as the {@link OrderProcess} plans it, before its basket is filled: the day and the value the
 * basket is filled to. The {@link Order} of the same number has this date and, but for a few orders in a
 * thousand (baskets too large to fill, which fall short), an amount within cents of this value: the last line
 * is weighed to what is left.
 *
 * <p>Example: {@code world.plannedOrders(world.customer(0)).get(0).value()} is about what the first
 * customer's first order cost.
 *
 * @param date the day the order is placed
 * @param value what the customer means to spend, in dollars, at least 0.01
 */
public record PlannedOrder(LocalDate date, double value) {
}
