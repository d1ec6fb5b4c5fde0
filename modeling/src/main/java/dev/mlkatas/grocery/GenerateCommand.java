package dev.mlkatas.grocery;

import dev.mlkatas.commandline.Arguments;
import dev.mlkatas.grocery.world.GroceryWorld;
import dev.mlkatas.grocery.world.GroundTruth;
import dev.mlkatas.grocery.world.WorldSettings;
import dev.mlkatas.grocery.world.export.WorldCsv;
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
 * {@code generate [--customers N] [--seed S] [--out DIR]}: writes the grocery world ({@link GroceryWorld}) as
 * CSV, the files the churn and lifetime-value jobs read: {@code transactions.csv} (customer_id,date,amount),
 * {@code customers.csv} (customer_id and covariates, blanks where unknown) and {@code truth.json} (the
 * parameters the data was drawn from), with the rest of the world beside them ({@link WorldCsv}: products,
 * stores, homes, orders and their items).
 *
 * <p>Example: {@code ./kata run churn generate --customers 20000 --seed 7 --out data}
 */
public final class GenerateCommand {

    public static final String USAGE = "usage: generate [--customers N] [--seed S] [--out DIR]";
    public static final int DEFAULT_CUSTOMERS = WorldSettings.DEFAULT_CUSTOMERS;
    public static final long DEFAULT_SEED = WorldSettings.DEFAULT_SEED;

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
            GroceryWorld world = GroceryWorld.generate(WorldSettings.of(customers, seed));
            long orders = WorldCsv.write(world, directory.file("customers.csv").getParent());
            OrdersCsv.write(WorldCustomers.of(world).histories(), directory.file("transactions.csv"));
            JsonFile.write(truth(world.settings().truth(), customers), directory.file("truth.json"));
            Path written = directory.publish();
            out.println("generated " + customers + " customers and " + orders + " orders, seed " + seed);
            out.println("wrote " + written + "/{transactions.csv,customers.csv,truth.json,"
                    + String.join(",", WorldCsv.FILES.stream().filter(f -> !f.equals("customers.csv")).toList())
                    + "}");
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
