package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.Mutation;
import dev.mlkatas.mutation.Mutant;
import dev.mlkatas.mutation.MutationException;
import dev.mlkatas.mutation.MutationReport;
import dev.mlkatas.mutation.MutationSettings;
import dev.mlkatas.mutation.MutationTester;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kata mutate <id>... | --all [--skip <id>]}: mutation testing of katas' suites against their references, with PIT.
 * Exit code 0 when every kata's score reaches {@value Mutation#MIN_SCORE} %, 1 when one does not or PIT
 * fails, 2 for a usage error.
 */
@Command(name = "mutate", description = "Mutation testing: how many mutants of the reference each kata's suite "
        + "kills (PIT); fails below " + Mutation.MIN_SCORE + " %%.")
final class MutateCommand extends Subcommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Selection selection;

    static final class Selection {
        @Parameters(paramLabel = "<id>", arity = "1..*", description = "The katas, e.g. two-sum churn.")
        List<String> ids = new ArrayList<>();

        @Option(names = "--all", description = "Every kata of the catalogue.")
        boolean all;
    }

    @Option(names = "--skip", split = ",", paramLabel = "ID", description = "Katas to leave out, e.g. with --all.")
    private List<String> skip = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + MutationSettings.DEFAULT_SEED,
            description = "The seed of every property test (default: ${DEFAULT-VALUE}, the recorded scores' seed).")
    private long seed;

    @Option(names = "--tries", paramLabel = "N", defaultValue = "" + MutationSettings.DEFAULT_TRIES,
            description = "Tries of a property without its own, for each mutant (default: ${DEFAULT-VALUE}).")
    private int tries;

    @Option(names = "--threads", paramLabel = "N", description = "Mutants tested at once (default: one per processor).")
    private Integer threads;

    @Override
    public Integer call() {
        Context context = context();
        List<String> skipped = skip.stream().map(id -> kata(id).id()).toList();
        List<Kata> katas = (selection.all ? context.catalogue().katas() : selection.ids.stream().map(this::kata).toList())
                .stream().filter(k -> !skipped.contains(k.id())).toList();
        if (tries < 1 || (threads != null && threads < 1)) {
            throw new UserException("--tries and --threads take a positive number");
        }
        MutationSettings settings = MutationSettings.defaults().withSeed(seed).withTries(tries);
        if (threads != null) {
            settings = settings.withThreads(threads);
        }
        MutationTester tester = new MutationTester(context.workspace());
        PrintWriter out = out();
        Table summary = new Table("ID", "SCORE", "KILLED", "EQUIVALENT", "TIME", "RESULT");
        boolean allPass = true;
        for (Kata k : katas) {
            out.println("Mutation testing " + k.id() + " with PIT (seed " + settings.seed() + ", " + settings.tries()
                    + " tries per property) ...");
            out.flush();
            try {
                MutationReport report = tester.run(k, settings);
                print(out, context, report);
                allPass &= report.passes();
                summary.row(k.id(), report.score() + " %", report.killed() + " of " + report.mutants().size(),
                        Integer.toString(report.equivalent().size()), minutes(report.elapsed().toSeconds()),
                        report.passes() ? "passes" : "FAILS");
            } catch (MutationException e) {
                err().println("kata: " + e.getMessage());
                err().flush();
                allPass = false;
                summary.row(k.id(), "-", "-", "-", "-", "PIT FAILED");
            }
            out.println();
            out.flush();
        }
        if (katas.size() > 1) {
            summary.print(out);
        }
        out.flush();
        return allPass ? 0 : 1;
    }

    private static void print(PrintWriter out, Context context, MutationReport report) {
        Kata k = report.kata();
        out.printf(Locale.ROOT, "%s: mutation score %d %% (%d of %d mutants killed, %d equivalent", k.id(),
                report.score(), report.killed(), report.mutants().size(), report.equivalent().size());
        out.println((report.setAside() > 0 ? ", " + report.setAside() + " in unreachable code not counted" : "")
                + ") in " + minutes(report.elapsed().toSeconds()));
        list(out, "survived, wants a test:", report.survivors());
        list(out, "listed as unreachable, but a test reached it:", report.reachedUnreachable());
        for (String stale : report.staleEquivalents()) {
            out.println("  listed as equivalent, but no such mutant survived: " + stale);
        }
        Mutation.Score measured = report.record();
        k.mutation().recorded().filter(recorded -> !recorded.equals(measured)).ifPresent(recorded -> out.println(
                "  kata.yaml records " + recorded.score() + " % (" + recorded.killed() + " of " + recorded.mutants()
                        + "); the record for this run is score: " + measured.score() + ", mutants: "
                        + measured.mutants() + ", killed: " + measured.killed()));
        out.println("  reports: " + context.display(report.reportDir().resolve("pit/index.html")) + ", "
                + context.display(report.reportDir().resolve("mutation.json")));
        out.println(k.id() + ": " + (report.passes()
                ? "passes, at least " + Mutation.MIN_SCORE + " %"
                : "FAILS: " + (report.score() < Mutation.MIN_SCORE
                        ? "below " + Mutation.MIN_SCORE + " %"
                        : "code listed as unreachable is reached")));
    }

    private static void list(PrintWriter out, String heading, List<Mutant> mutants) {
        if (!mutants.isEmpty()) {
            out.println("  " + heading);
            mutants.forEach(m -> out.println("    " + m.id() + (m.covered() ? "" : "  (no test runs it)")));
        }
    }

    private static String minutes(long seconds) {
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
