package dev.mlkatas.forecasting;

import dev.mlkatas.forecasting.simulation.GroceryDemand;
import java.nio.file.Path;

/**
 * The forecasting job's command line, read in one place: {@code --sales F}, {@code --origins N},
 * {@code --trees N}, {@code --seed S}, {@code --out DIR}; and {@code generate [--days N] [--seed S] [--out DIR]}.
 * picocli reads them ({@link ForecastingJob}, {@link GenerateSales}); bad values are one line and exit 2.
 *
 * <p>Example: {@code new ForecastingOptions(null, 26, 100, 7, 730, null).simulated()}
 *
 * @param sales the CSV to read, or null to simulate
 */
public record ForecastingOptions(Path sales, int origins, int trees, long seed, int days, Path out) {

    static final long DEFAULT_SEED = 7;
    static final int DEFAULT_DAYS = 730;

    /** What the report says was simulated. */
    public String simulated() {
        return days + " days of " + GroceryDemand.defaultStart() + " onwards, 3 stores × 12 items, seed " + seed;
    }
}
