package dev.mlkatas.recommendations;

import dev.mlkatas.drivers.LocalRunner;
import dev.mlkatas.jobs.BadInputException;
import dev.mlkatas.jobs.JobCommand;
import dev.mlkatas.jobs.OutputFolder;
import dev.mlkatas.jobs.Seed;
import dev.mlkatas.output.OutputDirectory;
import dev.mlkatas.recommendations.simulation.Catalog;
import dev.mlkatas.recommendations.simulation.Shoppers;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.mapreduce.Job;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The recommendations job: counts item co-occurrence with the stripes job (task 1) on Hadoop's
 * LocalJobRunner, then scores pairs, mines rules, finds substitutes and evaluates next-basket
 * recommendations (tasks 2 to 5), and writes CSV files, a summary, a report and charts.
 * {@code ./kata run recommendations} runs it with the references, {@code ./kata run --mine recommendations}
 * with your code.
 *
 * <p>Example: {@code RecommendationsJob --instacart instacart/ --out results}, or with no arguments on a
 * simulated shop of 2,000 customers whose planted complements and substitutes are written beside the results.
 * Bad input is one line on standard error, exit status 2, and nothing is written.
 */
@Command(name = "recommendations",
        description = {"Recommendations from baskets: counts which items are bought together with the stripes job "
                + "on Hadoop's LocalJobRunner, then ranks related items by a damped cosine, mines association rules, "
                + "finds substitutes (items customers switch between) and measures next-basket recall.",
            "Reads a basket-per-line file (--baskets) or Instacart's CSV files (--instacart); with neither, "
                + "simulates a shop with planted complements and substitutes and says how many were recovered. "
                + "Writes related.csv, substitutes.csv, rules.csv, summary.json, report.md and charts to --out."},
        footer = {"  ./kata run recommendations --customers 500 --seed 7 --out results",
            "  ./kata run recommendations --instacart instacart/ --min-count 20 --top 5 --out results",
            "  ./kata run recommendations --baskets baskets.txt --min-support 0.05 --max-length 2"})
public final class RecommendationsJob extends JobCommand {

    private static final String NAME = "recommendations";

    @Option(names = "--baskets", paramLabel = "FILE",
            description = "A file of baskets, one a line, items separated by commas; no customers, so no "
                    + "substitutes and no next-basket recall. Not with --instacart.")
    private Path baskets;

    @Option(names = "--instacart", paramLabel = "DIR",
            description = "A folder of Instacart's files: aisles.csv, products.csv, orders.csv and "
                    + "order_products__prior.csv (order_products__train.csv too if present).")
    private Path instacart;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "2000",
            description = "Customers of the simulated shop, when no input is given (2 or more).")
    private int customers;

    @Option(names = "--top", paramLabel = "K", defaultValue = "10",
            description = "Related items kept per product, and the K of next-basket recall@K.")
    private int top;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "5",
            description = "Baskets two items must share before they can be related.")
    private int minCount;

    @Option(names = "--min-switchers", paramLabel = "N", defaultValue = "3",
            description = "Customers who must have switched between two items before they are substitutes.")
    private int minSwitchers;

    @Option(names = "--min-support", paramLabel = "X", defaultValue = "0.01",
            description = "Share of baskets an itemset must appear in to be frequent, in (0, 1].")
    private double minSupport;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0.2",
            description = "Least confidence of a rule, P(consequent | antecedent), in [0, 1].")
    private double minConfidence;

    @Option(names = "--max-length", paramLabel = "N", defaultValue = "3",
            description = "Most items in a rule, antecedent and consequent together (2 or more).")
    private int maxLength;

    @Option(names = "--reducers", paramLabel = "N", defaultValue = "2",
            description = "Reduce tasks of the stripes job.")
    private int reducers;

    @Mixin
    private Seed seed;

    @Mixin
    private OutputFolder output;

    public static void main(String[] args) {
        JobCommand.main(new RecommendationsJob(), args);
    }

    /** Runs the job; returns the exit status (0 done, 1 failed, 2 bad arguments or input). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return JobCommand.run(new RecommendationsJob(), args, out, err);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream out = out();
        Findings.Settings settings = new Findings.Settings(atLeast("--top", top, 1),
                atLeast("--min-count", minCount, 1), atLeast("--min-switchers", minSwitchers, 1),
                share("--min-support", minSupport, false),
                share("--min-confidence", minConfidence, true), atLeast("--max-length", maxLength, 2));
        int reduceTasks = atLeast("--reducers", reducers, 1);
        int n = atLeast("--customers", customers, 2);
        if (baskets != null || instacart != null) {
            if (baskets != null) {
                forbid("--instacart", "with --baskets: choose one of --baskets and --instacart");
            }
            forbid("--customers", "with an input: it is for the simulation");
            forbid("--seed", "with an input: it is for the simulation");
        }
        OutputDirectory directory = output.choose(NAME);
        Path scratch = null;
        try {
            Dataset data;
            Catalog truth = null;
            if (baskets != null) {
                data = DatasetReaders.basketLines(baskets);
            } else if (instacart != null) {
                data = DatasetReaders.instacart(instacart);
            } else {
                truth = Catalog.standard();
                out.printf("%s: simulating %,d customers of a shop of %d products (seed %d)%n", NAME, n,
                        truth.products().size(), seed.value());
                List<Order> orders = Shoppers.simulate(truth, n, seed.value());
                data = new Dataset("simulated shop, " + n + " customers, seed " + seed.value(),
                        orders.stream().map(o -> List.copyOf(new LinkedHashSet<>(o.items()))).toList(), orders,
                        truth.aisles());
            }
            out.printf("%s: %,d baskets from %s%n", NAME, data.baskets().size(), data.source());
            scratch = Files.createTempDirectory(NAME + "-");
            CoCounts counts = countOnHadoop(data, scratch, reduceTasks, out);
            out.printf("%s: %,d items counted; scoring pairs, mining rules, finding substitutes%n", NAME,
                    counts.items().size());
            Findings findings = Findings.of(data, counts, settings);
            RecommendationsReport.write(directory, data, findings, truth, settings, seed.value());
            Path published = directory.publish();
            out.printf("%s: results in %s%n", NAME, published);
            return 0;
        } finally {
            directory.discard();
            if (scratch != null) {
                delete(scratch);
            }
        }
    }

    private int atLeast(String option, int value, int least) {
        return within(option, value, least, Integer.MAX_VALUE);
    }

    /** A share in (0, 1], or [0, 1] when zero is allowed. */
    private double share(String option, double value, boolean zeroAllowed) {
        if (!((zeroAllowed ? value >= 0 : value > 0) && value <= 1)) {
            String typed = given(option) ? spec().findOption(option).stringValues().get(0) : String.valueOf(value);
            throw new BadInputException(option + " '" + typed + "' is not a number in "
                    + (zeroAllowed ? "[0, 1]" : "(0, 1]"));
        }
        return value;
    }

    /** Writes the baskets as lines and runs the stripes job on them, on LocalJobRunner with two slots. */
    private static CoCounts countOnHadoop(Dataset data, Path scratch, int reducers, PrintStream out)
            throws IOException, InterruptedException {
        Path lines = scratch.resolve("baskets").resolve("baskets.txt");
        Files.createDirectories(lines.getParent());
        List<String> text = new ArrayList<>();
        data.baskets().forEach(basket -> text.add(String.join(",", basket)));
        Files.write(lines, text, StandardCharsets.UTF_8);
        Configuration conf = new Configuration();
        LocalRunner.configure(conf, scratch.resolve("hadoop"), 2);
        org.apache.hadoop.fs.Path output = new org.apache.hadoop.fs.Path(scratch.resolve("stripes").toUri());
        Job job = CoOccurrenceJobs.stripesJob(conf, List.of(new org.apache.hadoop.fs.Path(lines.getParent().toUri())),
                output, true, reducers);
        out.printf("%s: counting co-occurrence with the stripes job on LocalJobRunner (2 slots, %d reducers)%n",
                NAME, reducers);
        long start = System.nanoTime();
        try {
            if (!job.waitForCompletion(false)) {
                throw new IOException("the stripes job failed: " + job.getStatus().getFailureInfo());
            }
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
        out.printf("%s: stripes job done in %.1f s%n", NAME, (System.nanoTime() - start) / 1e9);
        return CoOccurrenceJobs.read(conf, output, CoOccurrenceJobs.baskets(job));
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            // A temporary folder; LocalJobRunner may still be removing its own files in it.
        }
    }

    /** For the report: the aisle of an item, or "" when the input has none. */
    static String aisle(Dataset data, String item) {
        return data.aisles().getOrDefault(item, "");
    }
}
