package dev.mlkatas.anomalies;

import dev.mlkatas.anomalies.data.Transactions;
import dev.mlkatas.anomalies.data.TransactionsCsv;
import dev.mlkatas.anomalies.simulation.FraudRings;
import dev.mlkatas.jobs.JobCommand;
import dev.mlkatas.jobs.OutputFolder;
import dev.mlkatas.jobs.Seed;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code anomalies generate}: writes the simulated orders with their planted fraud as {@code transactions.csv}, in
 * the layout the job reads with {@code --transactions} (V1 to V6 are the order's hour, units, resellable share,
 * account age in days, distance from the card's address in km and accounts on the card; V7 to V28 are 0).
 *
 * <p>Example: {@code ./kata run anomalies generate --customers 500 --seed 7 --out data}
 */
@Command(name = "generate", description = "Writes the simulated orders with planted fraud as transactions.csv "
        + "(Time,V1..V28,Amount,Class).",
        footer = "  ./kata run anomalies generate --customers 500 --seed 7 --out data")
public final class GenerateTransactions extends JobCommand {

    @Option(names = "--customers", paramLabel = "N", defaultValue = "4000",
            description = "Customers of the grocery world whose orders are written (100 to 100000).")
    private int customers;

    @Mixin
    private Seed seed;

    @Mixin
    private OutputFolder output;

    @Override
    protected long defaultSeed() {
        return AnomaliesJob.DEFAULT_SEED;
    }

    @Override
    public Integer call() throws IOException {
        int n = within("--customers", customers, 100, 100_000);
        Transactions transactions = FraudRings.generate(n, seed.value());
        Path written = output.writeOne("anomalies-data", "transactions.csv",
                file -> TransactionsCsv.write(transactions, file));
        out().println("wrote " + written + " (" + transactions.size() + " orders, " + transactions.frauds()
                + " frauds: " + transactions.source() + ")");
        return 0;
    }
}
