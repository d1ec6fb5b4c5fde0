package dev.mlkatas.grocery.world.searches;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One search in the shop's app: what was typed, which product was clicked, and whether it was bought.
 *
 * <p>Example: {@code new Search("C000017-0003", "C000017", date, time, "organic bananas", "P00000", true)}
 *
 * @param orderId the order the search was made while filling
 * @param customerId who searched
 * @param date the day, the order's
 * @param time the time of day, a few minutes before the order was placed
 * @param query what was typed, lower case: a kind ({@code milk}), or a kind with a brand or a word
 * @param clickedProductId the product clicked in the results, always one of the catalogue's
 * @param bought whether the clicked product is in the order
 */
public record Search(String orderId, String customerId, LocalDate date, LocalTime time, String query,
        String clickedProductId, boolean bought) {
}
