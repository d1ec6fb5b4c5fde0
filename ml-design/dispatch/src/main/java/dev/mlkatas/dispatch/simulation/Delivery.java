package dev.mlkatas.dispatch.simulation;

import dev.mlkatas.grocery.world.city.Location;

/**
 * One order to deliver: where, what it weighs on a car, the window the customer chose, what the ETA model sees,
 * and the handover minutes it will really take (which the model never sees).
 *
 * <p>Example: {@code delivery.windowStart()} is 120 for a customer who chose 11:00 to 12:00 (the day starts at
 * 9:00, minute 0).
 *
 * @param orderId the grocery world's order id
 * @param home the customer's home, in kilometres on the city's grid
 * @param items the units ordered, which is what a car carries
 * @param windowStart minutes after the store opens when the window starts
 * @param windowEnd the latest arrival, in minutes after the store opens
 * @param features what the ETA model sees ({@link Handover#FEATURES})
 * @param handoverMinutes the minutes the handover really takes
 */
public record Delivery(String orderId, Location home, int items, double windowStart, double windowEnd,
        double[] features, double handoverMinutes) {
}
