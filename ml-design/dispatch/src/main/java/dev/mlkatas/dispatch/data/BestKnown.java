package dev.mlkatas.dispatch.data;

import dev.mlkatas.jobs.BadInputException;

/**
 * A best-known solution to compare with, as the literature states it: vehicles and total distance.
 *
 * <p>Example: {@code BestKnown.parse("10,828.94")} is C101's (Rochat and Taillard).
 *
 * @param vehicles the routes of the best-known solution
 * @param distance its total distance
 */
public record BestKnown(int vehicles, double distance) {

    /** Reads {@code VEHICLES,DISTANCE}; anything else is a one-line {@link BadInputException}. */
    public static BestKnown parse(String text) {
        String[] parts = text.split(",", -1);
        try {
            if (parts.length == 2) {
                int vehicles = Integer.parseInt(parts[0].strip());
                double distance = Double.parseDouble(parts[1].strip());
                if (vehicles >= 1 && distance > 0 && Double.isFinite(distance)) {
                    return new BestKnown(vehicles, distance);
                }
            }
        } catch (NumberFormatException e) {
            // Said below, with an example.
        }
        throw new BadInputException("--best-known '" + text + "' is not VEHICLES,DISTANCE with both above zero "
                + "(e.g. 10,828.94)");
    }

    /** How much longer {@code found} is than the best-known distance, in percent. */
    public double gapPercent(double found) {
        return 100 * (found - distance) / distance;
    }
}
