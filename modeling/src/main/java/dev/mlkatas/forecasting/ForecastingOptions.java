package dev.mlkatas.forecasting;

import dev.mlkatas.commandline.Arguments;
import dev.mlkatas.forecasting.simulation.GroceryDemand;
import java.nio.file.Path;
import java.util.Set;

/**
 * The forecasting job's command line, read in one place: {@code --sales F}, {@code --origins N},
 * {@code --trees N}, {@code --seed S}, {@code --out DIR}; and {@code generate [--days N] [--seed S] [--out DIR]}.
 * Parsing follows the modelling jobs' conventions ({@link Arguments}); bad values are one line and exit 2.
 *
 * <p>Example: {@code ForecastingOptions o = ForecastingOptions.of(arguments); int origins = o.origins();}
 *
 * @param sales the CSV to read, or null to simulate
 */
public record ForecastingOptions(Path sales, int origins, int trees, long seed, int days, Path out) {

    static final String USAGE = "usage: forecasting [--sales F] [--origins N] [--trees N] [--seed S] [--out DIR]"
            + " | forecasting generate [--days N] [--seed S] [--out DIR]";
    static final Set<String> RUN_OPTIONS = Set.of("--sales", "--origins", "--trees", "--seed", "--out");
    static final Set<String> GENERATE_OPTIONS = Set.of("--days", "--seed", "--out");
    static final long DEFAULT_SEED = 7;
    static final int DEFAULT_DAYS = 730;

    public static ForecastingOptions of(Arguments arguments) {
        return new ForecastingOptions(arguments.path("--sales"), arguments.integer("--origins", 26, 1, 520),
                arguments.integer("--trees", 100, 1, 2000), arguments.longValue("--seed", DEFAULT_SEED),
                arguments.integer("--days", DEFAULT_DAYS, 63, 3660), arguments.path("--out"));
    }

    /** What the report says was simulated. */
    public String simulated() {
        return days + " days of " + GroceryDemand.defaultStart() + " onwards, 3 stores × 12 items, seed " + seed;
    }
}
