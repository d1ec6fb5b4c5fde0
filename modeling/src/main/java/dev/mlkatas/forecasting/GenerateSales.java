package dev.mlkatas.forecasting;

import dev.mlkatas.forecasting.data.SalesCsv;
import dev.mlkatas.forecasting.data.SalesTable;
import dev.mlkatas.forecasting.simulation.GroceryDemand;
import dev.mlkatas.jobs.JobCommand;
import dev.mlkatas.jobs.OutputFolder;
import dev.mlkatas.jobs.Seed;
import dev.mlkatas.output.OutputDirectory;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code forecasting generate}: writes the simulated sales the job reads by default as {@code sales.csv}, so they
 * can be looked at or changed and read back with {@code --sales}.
 *
 * <p>Example: {@code ./kata run forecasting generate --days 730 --seed 7 --out data}
 */
@Command(name = "generate", description = "Writes the simulated daily sales (3 stores x 12 items) as sales.csv.",
        footer = "  ./kata run forecasting generate --days 730 --seed 7 --out data")
public final class GenerateSales extends JobCommand {

    @Option(names = "--days", paramLabel = "N", defaultValue = "" + ForecastingOptions.DEFAULT_DAYS,
            description = "Days simulated (63 to 3660).")
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
                within("--days", days, 63, 3660), output.given());
        SalesTable table = GroceryDemand.generate(GroceryDemand.defaultStart(), options.days(), options.seed());
        OutputDirectory directory = output.choose("forecasting-data");
        try {
            SalesCsv.write(table, directory.file("sales.csv"));
            out().println("wrote " + directory.publish().resolve("sales.csv") + " (" + options.simulated() + ")");
            return 0;
        } finally {
            directory.discard();
        }
    }
}
