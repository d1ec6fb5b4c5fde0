package dev.mlkatas.forecasting;

import dev.mlkatas.forecasting.data.SalesCsv;
import dev.mlkatas.forecasting.data.SalesTable;
import dev.mlkatas.forecasting.simulation.WorldSales;
import dev.mlkatas.grocery.world.WorldSettings;
import dev.mlkatas.jobs.JobCommand;
import dev.mlkatas.jobs.OutputFolder;
import dev.mlkatas.jobs.Seed;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code forecasting generate}: writes the sales the job reads by default, the grocery world's ({@link WorldSales}),
 * as {@code sales.csv}, so they can be looked at or changed and read back with {@code --sales}.
 *
 * <p>Example: {@code ./kata run forecasting generate --days 728 --seed 7 --out data}
 */
@Command(name = "generate", description = "Writes the grocery world's daily sales (4 stores x their 6 best-selling "
        + "items) as sales.csv.",
        footer = "  ./kata run forecasting generate --days 728 --seed 7 --out data")
public final class GenerateSales extends JobCommand {

    @Option(names = "--days", paramLabel = "N", defaultValue = "" + ForecastingOptions.DEFAULT_DAYS,
            description = "Days from the world's first, 2023-01-02 (63 to " + WorldSales.WORLD_DAYS + ").")
    private int days;

    @Mixin
    private Seed seed;

    @Mixin
    private OutputFolder output;

    @Override
    protected long defaultSeed() {
        return ForecastingOptions.DEFAULT_SEED;
    }

    @Override
    public Integer call() throws IOException {
        ForecastingOptions options = new ForecastingOptions(null, 1, 1, seed.value(),
                within("--days", days, 63, WorldSales.WORLD_DAYS), output.given());
        SalesTable table = WorldSales.generate(WorldSettings.defaults(options.seed()), options.days());
        Path written = output.writeOne("forecasting-data", "sales.csv", file -> SalesCsv.write(table, file));
        out().println("wrote " + written + " (" + options.simulated() + ")");
        return 0;
    }
}
