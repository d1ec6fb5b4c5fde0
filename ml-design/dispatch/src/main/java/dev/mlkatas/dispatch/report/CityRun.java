package dev.mlkatas.dispatch.report;

import dev.mlkatas.dispatch.eta.EtaEvaluation;
import dev.mlkatas.dispatch.planning.RoutePlan;
import dev.mlkatas.dispatch.planning.ShopperAssignment;
import dev.mlkatas.dispatch.simulation.CityDay;
import java.util.List;

/**
 * Everything one run on the simulated city found, for the report, the summary and the map.
 *
 * <p>Example: {@code run.plans().get(1).onTime()}
 *
 * @param seed the seed of the day
 * @param trees the trees of each ETA model
 * @param day the simulated day
 * @param eta the ETA models' scores and the day's predictions
 * @param plans savings at the p90, local search at the p90, local search at the p50
 * @param assignment greedy against Hungarian on the main plan's routes, or null when routes outnumber shoppers
 * @param seconds how long the run took
 */
public record CityRun(long seed, int trees, CityDay day, EtaEvaluation eta, List<RoutePlan> plans,
        ShopperAssignment assignment, double seconds) {

    /** The plan the day is dispatched with: local search, handovers at the p90. */
    public RoutePlan main() {
        return plans.get(1);
    }
}
