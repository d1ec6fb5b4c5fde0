package dev.mlkatas.ranking.commands;

import dev.mlkatas.ranking.rankers.TrainingSettings;
import dev.mlkatas.ranking.simulation.experiment.SimulatedShop;
import picocli.CommandLine.Option;

/** How much history the simulated shop has, for the commands that simulate one. */
public final class SimulationOptions {

    @Option(names = "--history", paramLabel = "N", defaultValue = "20000",
            description = "Simulated searches of the launch, under BM25 (default ${DEFAULT-VALUE}).")
    int history;

    @Option(names = "--training", paramLabel = "N", defaultValue = "10000",
            description = "Simulated searches under the baseline, trained on (default ${DEFAULT-VALUE}).")
    int training;

    SimulatedShop.Settings settings() {
        check("--history", history);
        check("--training", training);
        return new SimulatedShop.Settings(history, training, TrainingSettings.DEFAULTS);
    }

    private static void check(String option, int searches) {
        if (searches < 100 || searches > ShopSizes.MAX_SEARCHES) {
            throw new IllegalArgumentException(
                    option + " " + searches + " is not a whole number from 100 to " + ShopSizes.MAX_SEARCHES);
        }
    }
}
