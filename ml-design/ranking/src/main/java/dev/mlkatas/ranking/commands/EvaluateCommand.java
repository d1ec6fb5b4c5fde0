package dev.mlkatas.ranking.commands;

import dev.mlkatas.output.JsonFile;
import dev.mlkatas.output.OutputDirectory;
import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.rankers.Bm25Ranker;
import dev.mlkatas.ranking.rankers.PopularityRanker;
import dev.mlkatas.ranking.rankers.Propensities;
import dev.mlkatas.ranking.rankers.Ranker;
import dev.mlkatas.ranking.simulation.experiment.EvaluationReport;
import dev.mlkatas.ranking.simulation.experiment.HeldOutQueries;
import dev.mlkatas.ranking.simulation.experiment.OfflineEvaluation.Row;
import dev.mlkatas.ranking.simulation.experiment.OfflineEvaluation;
import dev.mlkatas.ranking.simulation.experiment.SimulatedShop;
import dev.mlkatas.ranking.simulation.shoppers.SimulatedQuery;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: simulates the shop's history, trains the learned ranker on all but the held-out
 * queries, and compares every ranker on those; prints the table and writes it with a chart.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Offline evaluation of every ranker on held-out queries: NDCG, MRR, precision and recall "
                + "per query segment, as a table and a chart.",
        footerHeading = "%nExample:%n", footer = "  ./kata run ranking evaluate --out results")
public final class EvaluateCommand implements Callable<Integer> {

    static final int K = 10;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ShopOptions shop;

    @Mixin
    private SimulationOptions simulation;

    @Option(names = "--held-out", paramLabel = "SHARE", defaultValue = "0.3",
            description = "Share of each segment's queries held out of training (default ${DEFAULT-VALUE}).")
    private double heldOutShare;

    @Option(names = "--judges", paramLabel = "N", defaultValue = "40",
            description = "Simulated shoppers who judge each held-out query (default ${DEFAULT-VALUE}).")
    private int judges;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the table and chart; must not exist or be empty. Default: a new "
                    + "kata-output/ranking-<time>/.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        if (!(heldOutShare > 0 && heldOutShare < 1)) {
            throw new IllegalArgumentException(
                    "--held-out " + heldOutShare + " is not a share strictly between 0 and 1");
        }
        if (judges < 1 || judges > 10_000) {
            throw new IllegalArgumentException("--judges " + judges + " is not a whole number from 1 to 10000");
        }
        PrintWriter print = spec.commandLine().getOut();
        OutputDirectory directory = OutputDirectory.choose(out, "ranking");
        try {
            Catalog catalog = shop.catalog(print);
            try (SimulatedShop simulated = SimulatedShop.open(catalog, shop.seed, simulation.settings())) {
                evaluate(simulated, print, directory);
            }
            Path published = directory.publish();
            print.printf("%nwrote %s: evaluation.csv, ndcg.png, ndcg.svg, summary.json%n", published);
        } catch (Exception e) {
            // Nothing half-written is left looking like a result.
            directory.discard();
            throw e;
        }
        return 0;
    }

    private void evaluate(SimulatedShop simulated, PrintWriter print, OutputDirectory directory) throws IOException {
        print.printf("simulated %,d searches under BM25 and %,d under BM25 with popularity%n",
                simulated.history().searches().size(), simulated.trainingLog().searches().size());
        HeldOutQueries heldOut = HeldOutQueries.draw(simulated.simulator().queries(), heldOutShare, shop.seed);
        printPropensities(print, simulated.propensities(heldOut.training()), simulated);
        Map<String, Ranker> rankers = new LinkedHashMap<>();
        rankers.put("bm25", new Bm25Ranker());
        rankers.put("popularity", new PopularityRanker());
        rankers.put("ltr, not debiased", simulated.learnedRanker(heldOut.training(), false));
        rankers.put("ltr", simulated.learnedRanker(heldOut.training(), true));
        print.printf("%nheld out: %d of %d queries; each judged by %d simulated shoppers%n%n",
                heldOut.queries().size(), simulated.simulator().queries().size(), judges);
        List<Row> rows = OfflineEvaluation.run(simulated, rankers, heldOut, K, judges, shop.seed);
        EvaluationReport.print(rows, K, print);

        EvaluationReport.csv(rows, directory.file("evaluation.csv"));
        EvaluationReport.chart(rows, K, directory.file("ndcg"));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("catalogue", simulated.system().catalog().source());
        summary.put("seed", shop.seed);
        summary.put("heldOutQueries", heldOut.queries().stream().map(SimulatedQuery::text).toList());
        summary.put("rows", rows.stream().map(EvaluateCommand::json).toList());
        JsonFile.write(summary, directory.file("summary.json"));
    }

    private static void printPropensities(PrintWriter print, Propensities estimated, SimulatedShop shop) {
        print.print("position bias, estimated from the log (true): ");
        for (int position = 1; position <= Math.min(estimated.positions(), K); position++) {
            print.printf(Locale.ROOT, "%s%d %.2f (%.2f)", position == 1 ? "" : ", ", position, estimated.at(position),
                    shop.simulator().examinationProbability(position) / shop.simulator().examinationProbability(1));
        }
        print.println();
    }

    private static Map<String, Object> json(Row row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ranker", row.ranker());
        json.put("segment", row.segmentLabel());
        json.put("queries", row.queries());
        json.put("ndcg", row.ndcg());
        json.put("mrr", row.mrr());
        json.put("precision", row.precision());
        json.put("recall", row.recall());
        return json;
    }
}
