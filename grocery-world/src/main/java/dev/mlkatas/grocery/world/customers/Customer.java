package dev.mlkatas.grocery.world.customers;

import dev.mlkatas.grocery.world.city.Location;
import java.time.LocalDate;

/**
 * One customer of the world.
 *
 * <p>Example: {@code world.customer(16).id()} is {@code "C000017"}.
 *
 * @param id stable: {@code C} and the customer's number, from 1, in six digits
 * @param index the customer's number minus one
 * @param signupDate the day of the first order
 * @param home where the customer lives on the city's grid
 * @param traits the latent traits their orders are drawn from
 * @param covariates what the service knows about them besides their orders
 */
public record Customer(String id, int index, LocalDate signupDate, Location home, Traits traits,
        Covariates covariates) {
}
