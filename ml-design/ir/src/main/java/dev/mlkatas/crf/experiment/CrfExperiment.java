package dev.mlkatas.crf.experiment;

import dev.mlkatas.crf.BioTags;
import dev.mlkatas.crf.data.Conll;
import dev.mlkatas.crf.data.TaggedQuery;
import dev.mlkatas.crf.data.TaggedQueryGenerator;
import dev.mlkatas.crf.evaluation.TaggingMetrics;
import dev.mlkatas.crf.features.FeatureAlphabet;
import dev.mlkatas.crf.training.CrfModel;
import dev.mlkatas.crf.training.CrfTrainer;
import dev.mlkatas.crf.training.EmissionModel;
import dev.mlkatas.crf.training.SmileCrfTagger;
import dev.mlkatas.crf.training.SoftmaxTagger;
import dev.mlkatas.crf.training.Tagger;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The experiment of the crf-tagging kata: a per-token classifier (standing in for an LSTM's softmax layer)
 * against the same scores with a transition layer decoded by Viterbi, on tagged grocery queries. Prints
 * token accuracy, entity-span F1 and the rate of invalid BIO sequences of each, and writes the data (CoNLL)
 * and the table to an output directory. {@code ./kata run crf-tagging} runs it with the reference,
 * {@code ./kata run --mine crf-tagging} with your {@code LinearChainCrf}.
 *
 * <p>Example: {@code CrfExperiment --seed 7 --out results/}, or {@code CrfExperiment --train a.conll --test
 * b.conll} for your own data. Bad input is reported in one line on standard error, exit code 2.
 */
public final class CrfExperiment {

    static final String USAGE = "usage: CrfExperiment [--seed S] [--train-size N] [--test-size N]"
            + " [--train FILE --test FILE] [--context neighbours|token] [--iterations N] [--smile-trees N] [--out DIR]";

    private CrfExperiment() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        ExperimentOptions options;
        List<TaggedQuery> train;
        List<TaggedQuery> test;
        try {
            options = ExperimentOptions.parse(args);
            if (options == null) {
                out.println(USAGE);
                return 0;
            }
            if (options.trainFile() != null) {
                train = Conll.read(options.trainFile());
                test = Conll.read(options.testFile());
            } else {
                TaggedQueryGenerator.Split split = new TaggedQueryGenerator(options.seed())
                        .split(options.trainSize(), options.testSize());
                train = split.train();
                test = split.test();
            }
        } catch (IllegalArgumentException | Conll.FormatException e) {
            err.println(e.getMessage());
            return 2;
        }
        List<String> report;
        try {
            OutputDirectory.check(options.out());
            report = experiment(options, train, test, out);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (UnsupportedOperationException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("--out " + options.out() + ": cannot be read (" + e.getMessage() + ")");
            return 2;
        }
        // Written only once the table is complete: a failed run leaves no directory that looks finished.
        Path directory = null;
        try {
            directory = OutputDirectory.create(options.out(), "crf-tagging");
            if (options.trainFile() == null) {
                Conll.write(directory.resolve("train.conll"), train);
                Conll.write(directory.resolve("test.conll"), test);
            }
            Files.write(directory.resolve("results.txt"), report, StandardCharsets.UTF_8);
            out.println("written to " + directory);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println((directory == null ? "--out " + options.out() : directory.toString())
                    + ": cannot be written (" + e.getMessage() + ")");
            return 2;
        }
    }

    private static List<String> experiment(ExperimentOptions o, List<TaggedQuery> train, List<TaggedQuery> test,
            PrintStream out) {
        List<String> report = new ArrayList<>();
        String source = o.trainFile() == null
                ? String.format(Locale.ROOT, "seed %d: %d generated training queries, %d test queries (half of the"
                        + " branded test queries use brands training never saw)", o.seed(), train.size(), test.size())
                : String.format(Locale.ROOT, "%s: %d training queries; %s: %d test queries", o.trainFile(),
                        train.size(), o.testFile(), test.size());
        say(out, report, source);
        FeatureAlphabet alphabet = FeatureAlphabet.of(train, o.context());
        CrfTrainer.Settings settings = new CrfTrainer.Settings(CrfTrainer.Settings.DEFAULT.l2(), o.iterations());
        String context = o.context().name().toLowerCase(Locale.ROOT);
        say(out, report, String.format(Locale.ROOT, "%d token features (context: %s) x %d tags;"
                + " L-BFGS (Smile) with L2 %.1f, at most %d iterations",
                alphabet.size(), context, BioTags.TAGS.size(), settings.l2(), settings.iterations()));
        say(out, report, "");
        List<int[]> gold = test.stream().map(TaggedQuery::tagIndices).toList();
        String header = String.format(Locale.ROOT, "%-48s | %8s | %7s | %7s | %7s | %11s | %7s", "tagger",
                "token acc", "span P", "span R", "span F1", "invalid BIO", "train s");
        say(out, report, header);
        say(out, report, "-".repeat(header.length()));

        EmissionModel[] softmax = new EmissionModel[1];
        row(out, report, "per-token softmax (stands in for LSTM+softmax)", test, gold, () -> {
            softmax[0] = CrfTrainer.trainSoftmax(train, alphabet, settings);
            return new SoftmaxTagger(softmax[0]);
        });
        row(out, report, "softmax scores + BIO rules, Viterbi", test, gold,
                () -> new CrfModel(softmax[0], BioTags.forbiddenTransitions(), BioTags.forbiddenStarts()));
        row(out, report, "softmax scores + learned transitions, Viterbi", test, gold,
                () -> CrfTrainer.trainTransitions(train, softmax[0], settings));
        row(out, report, "linear-chain CRF, trained jointly, Viterbi", test, gold,
                () -> CrfTrainer.trainCrf(train, alphabet, settings));
        if (o.smileTrees() > 0) {
            row(out, report, "Smile CRF (" + o.smileTrees() + " boosted trees per tag)", test, gold,
                    () -> SmileCrfTagger.fit(train, o.smileTrees()));
        }
        return report;
    }

    private static void row(PrintStream out, List<String> report, String name, List<TaggedQuery> test, List<int[]> gold,
            Supplier<Tagger> training) {
        long start = System.nanoTime();
        Tagger tagger = training.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<int[]> predicted = test.stream().map(q -> tagger.tag(q.tokens())).toList();
        TaggingMetrics m = TaggingMetrics.of(gold, predicted);
        say(out, report, String.format(Locale.ROOT, "%-48s | %9.3f | %7.3f | %7.3f | %7.3f | %10.1f%% | %7.1f", name,
                m.tokenAccuracy(), m.spanPrecision(), m.spanRecall(), m.spanF1(), 100 * m.invalidRate(), seconds));
    }

    private static void say(PrintStream out, List<String> report, String line) {
        out.println(line);
        report.add(line);
    }
}
