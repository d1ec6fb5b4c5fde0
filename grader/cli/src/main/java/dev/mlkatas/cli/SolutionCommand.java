package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Kata;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kata solution <id>}: prints the reference, once the candidate has confirmed they want to see it. */
@Command(name = "solution", description = "Print a kata's reference solution (asks first).")
final class SolutionCommand extends Subcommand implements Runnable {

    @Parameters(paramLabel = "<id>", description = "The kata, e.g. two-sum.")
    private String id;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    private boolean yes;

    @Override
    public void run() {
        Context context = context();
        Kata k = kata(id);
        PrintWriter out = out();
        if (!yes && !confirmed(context, out, k)) {
            out.println("Not shown. Try ./kata hint " + k.id() + " first.");
            out.flush();
            return;
        }
        for (String file : k.files()) {
            Path reference = context.workspace().referenceFile(k, file);
            if (!Files.isRegularFile(reference)) {
                throw new UserException("this copy of the katas has no reference for " + k.id() + " ("
                        + context.display(reference) + " is missing)");
            }
            out.println("// " + context.display(reference));
            try {
                out.println(Files.readString(reference).stripTrailing());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + reference, e);
            }
        }
        out.flush();
    }

    private boolean confirmed(Context context, PrintWriter out, Kata k) {
        out.print("Show the reference solution of " + k.id() + "? Seeing it ends the exercise. [y/N] ");
        out.flush();
        String answer;
        try {
            answer = context.input().readLine();
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null) {
            out.println();
            throw new UserException("no answer to the confirmation; pass --yes to print the solution without asking");
        }
        String a = answer.strip().toLowerCase(Locale.ROOT);
        return a.equals("y") || a.equals("yes");
    }
}
