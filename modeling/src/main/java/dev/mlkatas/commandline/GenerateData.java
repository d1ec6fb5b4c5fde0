package dev.mlkatas.commandline;

import dev.mlkatas.grocery.GenerateCommand;
import dev.mlkatas.jobs.JobCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code generate} subcommand of the churn and lifetime-value jobs: writes a generated grocery customer
 * base as the CSV files the jobs read, by {@link GenerateCommand}.
 *
 * <p>Example: {@code ./kata run churn generate --customers 20000 --seed 7 --out data}
 */
@Command(name = "generate",
        description = "Writes a generated grocery customer base as CSV: transactions.csv (customer_id,date,amount), "
                + "customers.csv (customer_id and covariates, blanks where unknown) and truth.json (the parameters "
                + "the data was drawn from).",
        footer = "  ./kata run churn generate --customers 20000 --seed 7 --out data")
public final class GenerateData extends JobCommand {

    @Option(names = "--customers", paramLabel = "N", defaultValue = "" + GenerateCommand.DEFAULT_CUSTOMERS,
            description = "How many customers (1 to 10000000).")
    private int customers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + GenerateCommand.DEFAULT_SEED,
            description = "Seed of the generated customers; the same seed gives the same files.")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The folder for the files; it must be new or empty. Default: a new folder "
                    + "kata-output/<job>-data-<date>-<time>.")
    private Path folder;

    @Override
    public Integer call() throws Exception {
        List<String> args = new ArrayList<>(List.of("--customers", Integer.toString(customers),
                "--seed", Long.toString(seed)));
        if (folder != null) {
            args.addAll(List.of("--out", folder.toString()));
        }
        return GenerateCommand.run(args.toArray(String[]::new), out(), spec().parent().name());
    }
}
