package dev.mlkatas.grocery;

import dev.mlkatas.commandline.Arguments;
import dev.mlkatas.customers.CustomerTableCsv;
import dev.mlkatas.orders.OrdersCsv;
import dev.mlkatas.output.JsonFile;
import dev.mlkatas.output.OutputDirectory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code generate [--customers N] [--seed S] [--out DIR]}: writes a generated grocery customer base as CSV,
 * the files the churn and lifetime-value jobs read: {@code transactions.csv} (customer_id,date,amount),
 * {@code customers.csv} (customer_id and covariates, blanks where unknown) and {@code truth.json} (the
 * parameters the data was drawn from).
 *
 * <p>Example: {@code ./kata run churn generate --customers 20000 --seed 7 --out data}
 */
public final class GenerateCommand {

    public static final String USAGE = "usage: generate [--customers N] [--seed S] [--out DIR]";
    public static final int DEFAULT_CUSTOMERS = 20_000;
    public static final long DEFAULT_SEED = 7;

    private GenerateCommand() {
    }

    /** Runs the command; {@code kataId} names the default output directory. Returns the exit status. */
    public static int run(String[] args, PrintStream out, String kataId) throws IOException {
        Arguments arguments = Arguments.parse(args, Set.of("--customers", "--seed", "--out"), USAGE);
        if (arguments.help()) {
            out.println(USAGE);
            return 0;
        }
        int customers = arguments.integer("--customers", DEFAULT_CUSTOMERS, 1, 10_000_000);
        long seed = arguments.longValue("--seed", DEFAULT_SEED);
        OutputDirectory directory = OutputDirectory.choose(arguments.path("--out"), kataId + "-data");
        try {
            GroceryCustomers.Dataset dataset = GroceryCustomers.generate(customers, GroundTruth.defaults(seed));
            OrdersCsv.write(dataset.histories(), directory.file("transactions.csv"));
            CustomerTableCsv.write(dataset.covariateTable(), "customer_id", directory.file("customers.csv"));
            JsonFile.write(truth(dataset.truth(), customers), directory.file("truth.json"));
            Path written = directory.publish();
            long orders = dataset.histories().stream().mapToLong(h -> h.size()).sum();
            out.println("generated " + customers + " customers and " + orders + " orders, seed " + seed);
            out.println("wrote " + written + "/{transactions.csv,customers.csv,truth.json}");
            return 0;
        } finally {
            directory.discard();
        }
    }

    /** The truth as {@code truth.json} holds it. */
    public static Map<String, Object> truth(GroundTruth truth, int customers) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("seed", truth.seed());
        map.put("customers", customers);
        map.put("timeUnit", "weeks");
        map.put("r", truth.r());
        map.put("alpha", truth.alpha());
        map.put("a", truth.a());
        map.put("b", truth.b());
        map.put("p", truth.p());
        map.put("q", truth.q());
        map.put("gamma", truth.gamma());
        map.put("note", "a and b are the base dropout Beta before the covariates move each customer's chance; "
                + "r and alpha are per week");
        return map;
    }
}
