package dev.mlkatas.ranking.commands;

import dev.mlkatas.experiments.Estimate;
import dev.mlkatas.ranking.rankers.Bm25Ranker;
import dev.mlkatas.ranking.rankers.PopularityRanker;
import dev.mlkatas.ranking.rankers.Ranker;
import dev.mlkatas.ranking.simulation.experiment.OnlineExperiment.AbTest;
import dev.mlkatas.ranking.simulation.experiment.OnlineExperiment.InterleavingTest;
import dev.mlkatas.ranking.simulation.experiment.OnlineExperiment.NotTested;
import dev.mlkatas.ranking.simulation.experiment.OnlineExperiment.Readout;
import dev.mlkatas.ranking.simulation.experiment.OnlineExperiment.Tested;
import dev.mlkatas.ranking.simulation.experiment.OnlineExperiment;
import dev.mlkatas.ranking.simulation.experiment.RankerPolicy;
import dev.mlkatas.ranking.simulation.experiment.SimulatedShop;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ab-test}: the learned ranker against the baseline on simulated shoppers, as an A/B test on
 * conversion and as team-draft interleaving, with how many searches each needs.
 */
@Command(name = "ab-test", mixinStandardHelpOptions = true,
        description = "Online test of two rankers on simulated shoppers: an A/B test of conversion per search "
                + "and team-draft interleaving, with the searches each needs to detect the difference.",
        footerHeading = "%nExample:%n",
        footer = "  ./kata run ranking ab-test --control bm25 --treatment ltr --out results")
public final class AbTestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ShopOptions shop;

    @Mixin
    private SimulationOptions simulation;

    @Option(names = "--control", paramLabel = "NAME", defaultValue = "popularity",
            description = "The ranker in production: bm25, popularity or ltr (default ${DEFAULT-VALUE}).")
    private String control;

    @Option(names = "--treatment", paramLabel = "NAME", defaultValue = "ltr",
            description = "The ranker tried: bm25, popularity or ltr (default ${DEFAULT-VALUE}).")
    private String treatment;

    @Option(names = "--searches", paramLabel = "N", defaultValue = "20000",
            description = "Searches per A/B arm, and interleaved searches (default ${DEFAULT-VALUE}).")
    private int searches;

    @Override
    public Integer call() {
        RankerChoice a = RankerChoice.parse(control);
        RankerChoice b = RankerChoice.parse(treatment);
        if (a == b) {
            throw new IllegalArgumentException(
                    "--control and --treatment are both " + a.label + ": choose two rankers");
        }
        if (searches < 100 || searches > ShopSizes.MAX_SEARCHES) {
            throw new IllegalArgumentException(
                    "--searches " + searches + " is not a whole number from 100 to " + ShopSizes.MAX_SEARCHES);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (SimulatedShop simulated = SimulatedShop.open(shop.catalog(out), shop.seed, simulation.settings())) {
            Readout readout = OnlineExperiment.run(simulated.simulator(),
                    a.label, policy(simulated, a), b.label, policy(simulated, b), searches, shop.seed + 3);
            print(out, readout, searches);
        }
        return 0;
    }

    private static RankerPolicy policy(SimulatedShop shop, RankerChoice choice) {
        Ranker ranker = switch (choice) {
            case BM25 -> new Bm25Ranker();
            case POPULARITY -> new PopularityRanker();
            case LTR -> shop.learnedRanker(search -> true, true);
        };
        // The learned ranker reads the shopper's own purchases, so its pages differ by shopper.
        return new RankerPolicy(shop.system(), ranker, choice == RankerChoice.LTR);
    }

    private static void print(PrintWriter out, Readout readout, int searches) {
        AbTest ab = readout.abTest();
        out.printf("%nA/B test: %s (A) against %s (B), %,d searches per arm; the metric is conversion, the share of "
                + "searches that end in a purchase%n", readout.control(), readout.treatment(), searches);
        out.printf(Locale.ROOT, "  conversion  A %.2f %%  (%,d of %,d)   B %.2f %%  (%,d of %,d)%n",
                100 * ab.rateA(), ab.conversionsA(), searches, 100 * ab.rateB(), ab.conversionsB(), searches);
        out.printf(Locale.ROOT, "  difference  %+.2f points (%+.1f %% relative); 95 %% bootstrap interval"
                + " %+.2f to %+.2f points%n", 100 * ab.difference(), 100 * ab.difference() / ab.rateA(),
                100 * ab.interval().lower(), 100 * ab.interval().upper());
        if (ab.significance() instanceof Tested tested) {
            Estimate z = tested.zTest();
            String verdict = z.pValue() < OnlineExperiment.ALPHA ? "significant" : "not significant";
            out.printf(Locale.ROOT, "  two-proportion z-test  z = %.2f, p = %.4f: %s at 5 %%; 95 %% interval %+.2f to"
                    + " %+.2f points%n", z.statistic(), z.pValue(), verdict, 100 * z.low(), 100 * z.high());
            out.printf(Locale.ROOT, "  searches per arm to detect this difference (alpha 5 %%, power 80 %%): %s%n",
                    count(tested.searchesPerArmNeeded()));
        } else if (ab.significance() instanceof NotTested notTested) {
            out.printf("  two-proportion z-test and sample size skipped: %s%n", notTested.reason());
        }

        InterleavingTest il = readout.interleaving();
        out.printf("%nteam-draft interleaving, %,d searches, each shown both rankers' pages merged%n", il.searches());
        out.printf(Locale.ROOT, "  clicks preferred A in %,d searches, B in %,d, neither in %,d%n",
                il.controlWins(), il.treatmentWins(), il.ties());
        out.printf(Locale.ROOT, "  sign test p = %.4f; searches to detect this preference: %s%n", il.pValue(),
                count(il.searchesNeeded()));
        if (ab.significance() instanceof Tested tested && !Double.isNaN(readout.interleavingAdvantage())) {
            out.printf(Locale.ROOT, "%ninterleaving needs %.0fx fewer searches than the A/B test (%s in two arms)%n",
                    readout.interleavingAdvantage(), count(2 * tested.searchesPerArmNeeded()));
        }
    }

    private static String count(long searches) {
        return searches == Long.MAX_VALUE ? "none: no difference was seen" : String.format("%,d", searches);
    }
}
