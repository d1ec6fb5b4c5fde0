package dev.mlkatas.recommendations;

import dev.mlkatas.output.OutputDirectory;
import dev.mlkatas.output.UnusableOutputException;
import dev.mlkatas.recommendations.simulation.Catalog;
import dev.mlkatas.recommendations.simulation.Shoppers;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.mapreduce.Job;

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
public final class RecommendationsJob {

    private static final String NAME = "recommendations";

    private RecommendationsJob() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the job; returns the exit status (0 done, 1 failed, 2 bad arguments or input). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (JobOptions.UsageException e) {
            err.println(NAME + ": " + e.getMessage());
            return 2;
        }
        OutputDirectory output;
        try {
            output = OutputDirectory.choose(options.out(), NAME);
        } catch (UnusableOutputException e) {
            err.println(NAME + ": " + e.getMessage());
            return 2;
        }
        Path scratch = null;
        try {
            Dataset data;
            Catalog truth = null;
            if (options.baskets() != null) {
                data = DatasetReaders.basketLines(options.baskets());
            } else if (options.instacart() != null) {
                data = DatasetReaders.instacart(options.instacart());
            } else {
                truth = Catalog.standard();
                out.printf("%s: simulating %,d customers of a shop of %d products (seed %d)%n", NAME,
                        options.customers(), truth.products().size(), options.seed());
                List<Order> orders = Shoppers.simulate(truth, options.customers(), options.seed());
                data = new Dataset("simulated shop, " + options.customers() + " customers, seed " + options.seed(),
                        orders.stream().map(o -> List.copyOf(new java.util.LinkedHashSet<>(o.items()))).toList(),
                        orders, truth.aisles());
            }
            out.printf("%s: %,d baskets from %s%n", NAME, data.baskets().size(), data.source());
            scratch = Files.createTempDirectory(NAME + "-");
            CoCounts counts = countOnHadoop(data, scratch, options.reducers(), out);
            out.printf("%s: %,d items counted; scoring pairs, mining rules, finding substitutes%n", NAME,
                    counts.items().size());
            Findings findings = Findings.of(data, counts, options.settings());
            RecommendationsReport.write(output, data, findings, truth, options);
            Path published = output.publish();
            out.printf("%s: results in %s%n", NAME, published);
            return 0;
        } catch (BadInputException e) {
            output.discard();
            err.println(NAME + ": " + e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            output.discard();
            err.println(NAME + ": failed: " + e);
            return 1;
        } catch (InterruptedException e) {
            output.discard();
            Thread.currentThread().interrupt();
            err.println(NAME + ": interrupted");
            return 1;
        } finally {
            if (scratch != null) {
                delete(scratch);
            }
        }
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
        CoOccurrenceJobs.useLocalRunner(conf, scratch.resolve("hadoop"), 2);
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
