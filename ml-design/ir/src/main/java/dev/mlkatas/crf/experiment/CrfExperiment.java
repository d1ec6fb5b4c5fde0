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
import dev.mlkatas.crf.features.TokenFeatures.Context;
import dev.mlkatas.jobs.BadInputException;
import dev.mlkatas.jobs.JobCommand;
import dev.mlkatas.jobs.OutputFolder;
import dev.mlkatas.jobs.Seed;
import dev.mlkatas.output.OutputDirectory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
@Command(name = "crf-tagging",
        description = {"What a CRF adds to a sequence tagger: a per-token softmax (standing in for an LSTM's "
                + "softmax layer) against the same scores with a transition layer decoded by Viterbi, on tagged "
                + "grocery queries. Prints token accuracy, entity-span F1 and the rate of invalid BIO sequences of "
                + "each, and writes the data (CoNLL) and the table to --out.",
            "Generates the queries from --seed, or reads your own with --train and --test."},
        footer = {"  ./kata run crf-tagging --seed 7 --out results",
            "  ./kata run crf-tagging --train a.conll --test b.conll --context token"})
public final class CrfExperiment extends JobCommand {

    @Mixin
    private Seed seed;

    @Option(names = "--train-size", paramLabel = "N", defaultValue = "2000",
            description = "Training queries generated (1 to 1000000).")
    private int trainSize;

    @Option(names = "--test-size", paramLabel = "N", defaultValue = "1000",
            description = "Test queries generated (1 to 1000000); half of the branded ones use unseen brands.")
    private int testSize;

    @Option(names = "--train", paramLabel = "FILE",
            description = "Training queries in CoNLL format (a token and its BIO tag a line, a blank line between "
                    + "queries), with --test, instead of generated ones.")
    private Path trainFile;

    @Option(names = "--test", paramLabel = "FILE", description = "Test queries in CoNLL format, with --train.")
    private Path testFile;

    @Option(names = "--context", paramLabel = "KIND", defaultValue = "neighbours",
            description = "The token features: token (the word alone) or neighbours (with the words around it).")
    private Context context;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "100",
            description = "At most this many L-BFGS iterations per model (1 to 10000).")
    private int iterations;

    @Option(names = "--smile-trees", paramLabel = "N", defaultValue = "5",
            description = "Boosted trees per tag of Smile's CRF, the library peer (0 to 1000; 0 leaves it out).")
    private int smileTrees;

    @Mixin
    private OutputFolder output;

    public static void main(String[] args) {
        JobCommand.main(new CrfExperiment(), args);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return JobCommand.run(new CrfExperiment(), args, out, err);
    }

    @Override
    public Integer call() throws IOException {
        within("--train-size", trainSize, 1, 1_000_000);
        within("--test-size", testSize, 1, 1_000_000);
        within("--iterations", iterations, 1, 10_000);
        within("--smile-trees", smileTrees, 0, 1000);
        if ((trainFile == null) != (testFile == null)) {
            throw new BadInputException("give both --train and --test, or neither (" + usage() + ")");
        }
        if (trainFile != null && (given(Seed.NAME) || given("--train-size") || given("--test-size"))) {
            throw new BadInputException(
                    "--seed, --train-size and --test-size generate data: not with --train and --test");
        }
        List<TaggedQuery> train;
        List<TaggedQuery> test;
        try {
            if (trainFile != null) {
                train = Conll.read(trainFile);
                test = Conll.read(testFile);
            } else {
                TaggedQueryGenerator.Split split = new TaggedQueryGenerator(seed.value()).split(trainSize, testSize);
                train = split.train();
                test = split.test();
            }
        } catch (Conll.FormatException e) {
            throw new BadInputException(e.getMessage());
        }
        // Checked before the run of minutes; the results appear there only once the table is complete.
        OutputDirectory directory = output.choose("crf-tagging");
        try {
            List<String> report = experiment(train, test, out());
            if (trainFile == null) {
                Conll.write(directory.file("train.conll"), train);
                Conll.write(directory.file("test.conll"), test);
            }
            Files.write(directory.file("results.txt"), report, StandardCharsets.UTF_8);
            out().println("written to " + directory.publish());
            return 0;
        } finally {
            directory.discard();
        }
    }

    private List<String> experiment(List<TaggedQuery> train, List<TaggedQuery> test, PrintStream out) {
        List<String> report = new ArrayList<>();
        String source = trainFile == null
                ? String.format(Locale.ROOT, "seed %d: %d generated training queries, %d test queries (half of the"
                        + " branded test queries use brands training never saw)",
                        seed.value(), train.size(), test.size())
                : String.format(Locale.ROOT, "%s: %d training queries; %s: %d test queries", trainFile,
                        train.size(), testFile, test.size());
        say(out, report, source);
        FeatureAlphabet alphabet = FeatureAlphabet.of(train, context);
        CrfTrainer.Settings settings = new CrfTrainer.Settings(CrfTrainer.Settings.DEFAULT.l2(), iterations);
        String contextName = context.name().toLowerCase(Locale.ROOT);
        say(out, report, String.format(Locale.ROOT, "%d token features (context: %s) x %d tags;"
                + " L-BFGS (Smile) with L2 %.1f, at most %d iterations",
                alphabet.size(), contextName, BioTags.TAGS.size(), settings.l2(), settings.iterations()));
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
        if (smileTrees > 0) {
            row(out, report, "Smile CRF (" + smileTrees + " boosted trees per tag)", test, gold,
                    () -> SmileCrfTagger.fit(train, smileTrees));
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
