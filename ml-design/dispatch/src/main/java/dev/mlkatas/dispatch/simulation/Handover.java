package dev.mlkatas.dispatch.simulation;

import dev.mlkatas.grocery.world.city.City;
import dev.mlkatas.grocery.world.city.Location;
import dev.mlkatas.grocery.world.orders.Order;
import java.util.SplittableRandom;

/**
 * The planted truth of how long a handover takes: parking, carrying the bags, the stairs, the chat at the door.
 * Minutes grow with the order's lines and units, are longer in the dense centre of the city (parking) and at
 * rush hour, and have a long right tail (a lift out of order): a log-normal factor with sigma 0.45. That tail
 * is why a p90 sits far above the median.
 *
 * <p>Example: {@code Handover.minutes(Handover.features(order, home, 10), new SplittableRandom(1))}
 */
public final class Handover {

    /** The ETA model's features, in the order {@link #features} returns them. */
    public static final String[] FEATURES = {"lines", "units", "centre_km", "hour"};

    private Handover() {
    }

    /** The features of delivering {@code order} to {@code home} in the hour starting at {@code hour} o'clock. */
    public static double[] features(Order order, Location home, int hour) {
        double units = order.items().stream().mapToDouble(item -> Math.ceil(item.quantity())).sum();
        double centre = home.distance(new Location(City.SIZE_KM / 2, City.SIZE_KM / 2));
        return new double[] {order.items().size(), units, centre, hour};
    }

    /** The median minutes of a handover with these features. */
    public static double median(double[] features) {
        double rush = features[3] >= 17 && features[3] < 19 ? 3 : 0;
        double parking = Math.max(0, 3 - features[2]);
        return 3 + 0.25 * features[0] + 0.05 * features[1] + parking + rush;
    }

    /** One draw of the minutes a handover really takes. */
    public static double minutes(double[] features, SplittableRandom random) {
        double normal = gaussian(random);
        return median(features) * Math.exp(0.45 * normal);
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian before Java 17's RandomGenerator default.
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
