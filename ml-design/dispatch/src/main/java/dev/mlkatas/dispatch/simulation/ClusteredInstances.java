package dev.mlkatas.dispatch.simulation;

import dev.mlkatas.dispatch.vrptw.Instance;
import dev.mlkatas.dispatch.vrptw.Stop;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Instances in the manner of Solomon's clustered sets (C1): customers in clusters on a 100 x 100 grid, the depot
 * near the middle, a capacity of 200, demands of 10 to 40, service times of 90 and windows of 60 to 180 placed
 * so that a vehicle of its own could serve each customer. Whole-number coordinates and times, as published;
 * {@code SolomonFormat.format} writes them in the format.
 *
 * <p>Example: {@code ClusteredInstances.generate(100, 10, 3).customers()} is 100.
 */
public final class ClusteredInstances {

    static final int HORIZON = 1236;
    static final int SERVICE = 90;

    private ClusteredInstances() {
    }

    /** {@code customers} customers in {@code clusters} clusters; the same seed gives the same instance. */
    public static Instance generate(int customers, int clusters, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Stop depot = new Stop(0, 40, 50, 0, 0, HORIZON, 0);
        List<Stop> stops = new ArrayList<>(List.of(depot));
        int[][] centres = new int[clusters][];
        for (int k = 0; k < clusters; k++) {
            centres[k] = new int[] {10 + random.nextInt(81), 10 + random.nextInt(81)};
        }
        for (int c = 1; c <= customers; c++) {
            int[] centre = centres[(c - 1) % clusters];
            int x = Math.max(0, Math.min(100, centre[0] + random.nextInt(11) - 5));
            int y = Math.max(0, Math.min(100, centre[1] + random.nextInt(11) - 5));
            int reach = (int) Math.ceil(Math.hypot(x - depot.x(), y - depot.y()));
            int width = 60 + random.nextInt(121);
            int latestStart = HORIZON - reach - SERVICE - width;
            int ready = reach + random.nextInt(Math.max(1, latestStart - reach));
            stops.add(new Stop(c, x, y, 10 + random.nextInt(31), ready, ready + width, SERVICE));
        }
        return new Instance(String.format("CG%d-%d", customers, seed), 25, 200, stops);
    }
}
