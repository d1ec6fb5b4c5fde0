package dev.mlkatas.dispatch.planning;

import dev.mlkatas.dispatch.Assignment;
import dev.mlkatas.dispatch.simulation.CityDay;
import dev.mlkatas.dispatch.simulation.Shopper;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who drives which route: each route (a row) needs a shopper (a column) whose car carries its load; the cost is
 * the shopper's drive to the store in kilometres. The greedy dispatcher gives each route in turn the nearest
 * free shopper that fits; the Hungarian algorithm minimises the total.
 *
 * <p>Example: {@code ShopperAssignment.compare(day, plan).hungarianKm()}
 *
 * @param greedyKm the total drive to the store of the greedy choice, over the routes it could staff
 * @param greedyUnstaffed routes the greedy choice left without a shopper whose car fits
 * @param hungarianKm the least total drive, or NaN when no assignment staffs every route
 * @param columns the Hungarian algorithm's shopper for each route, or empty
 */
public record ShopperAssignment(double greedyKm, int greedyUnstaffed, double hungarianKm, Optional<int[]> columns) {

    /** Compares greedy and Hungarian on the plan's routes; needs no more routes than shoppers. */
    public static ShopperAssignment compare(CityDay day, RoutePlan plan) {
        double[][] cost = costs(day.shoppers(), day, plan);
        double greedy = 0;
        int unstaffed = 0;
        boolean[] taken = new boolean[day.shoppers().size()];
        for (double[] row : cost) {
            int best = -1;
            for (int j = 0; j < row.length; j++) {
                if (!taken[j] && row[j] < Double.POSITIVE_INFINITY && (best < 0 || row[j] < row[best])) {
                    best = j;
                }
            }
            if (best < 0) {
                unstaffed++;
            } else {
                taken[best] = true;
                greedy += row[best];
            }
        }
        Optional<int[]> columns = Assignment.hungarian(cost);
        double hungarian = columns.map(c -> {
            double sum = 0;
            for (int i = 0; i < c.length; i++) {
                sum += cost[i][c[i]];
            }
            return sum;
        }).orElse(Double.NaN);
        return new ShopperAssignment(greedy, unstaffed, hungarian, columns);
    }

    /** Kilometres from each shopper's home to the store; infinite where the car cannot carry the route. */
    static double[][] costs(List<Shopper> shoppers, CityDay day, RoutePlan plan) {
        double[][] cost = new double[plan.routes().size()][shoppers.size()];
        for (int i = 0; i < cost.length; i++) {
            int load = plan.routes().get(i).stream().mapToInt(c -> plan.instance().stop(c).demand()).sum();
            Arrays.fill(cost[i], Double.POSITIVE_INFINITY);
            for (int j = 0; j < shoppers.size(); j++) {
                if (shoppers.get(j).capacity() >= load) {
                    cost[i][j] = shoppers.get(j).home().distance(day.store().location());
                }
            }
        }
        return cost;
    }
}
