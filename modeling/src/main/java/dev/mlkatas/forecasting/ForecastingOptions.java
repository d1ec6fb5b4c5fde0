package dev.mlkatas.forecasting;

import dev.mlkatas.forecasting.simulation.WorldSales;
import dev.mlkatas.grocery.world.WorldSettings;
import dev.mlkatas.grocery.world.city.City;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The forecasting job's command line, read in one place: {@code --sales F}, {@code --origins N},
 * {@code --trees N}, {@code --seed S}, {@code --out DIR}; and {@code generate [--days N] [--seed S] [--out DIR]}.
 * picocli reads them ({@link ForecastingJob}, {@link GenerateSales}); bad values are one line and exit 2.
 *
 * <p>Example: {@code new ForecastingOptions(null, 26, 100, 7, 728, null).simulated()}
 *
 * @param sales the CSV to read, or null for the grocery world's sales
 */
public record ForecastingOptions(Path sales, int origins, int trees, long seed, int days, Path out) {

    static final long DEFAULT_SEED = WorldSettings.DEFAULT_SEED;
    static final int DEFAULT_DAYS = WorldSales.WORLD_DAYS;

    /** What the report says was simulated. */
    public String simulated() {
        return String.format(Locale.ROOT, "the grocery world's orders (%,d customers, seed %d), %d days from %s: "
                + "%d stores × their %d best-selling items", WorldSettings.DEFAULT_CUSTOMERS, seed, days,
                WorldSettings.START, City.of(seed).stores().size(), WorldSales.ITEMS_PER_STORE);
    }
}
