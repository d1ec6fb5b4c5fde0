package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.Mutation;
import dev.mlkatas.catalogue.Task;
import dev.mlkatas.catalogue.TestClass;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kata show <id>}: the statement, and which file to edit. */
@Command(name = "show", description = "Print a kata's statement and the file you edit.")
final class ShowCommand extends Subcommand implements Runnable {

    @Parameters(paramLabel = "<id>", description = "The kata, e.g. two-sum.")
    private String id;

    @Override
    public void run() {
        Context context = context();
        Kata k = kata(id);
        PrintWriter out = out();
        try {
            out.println(Files.readString(k.statement()).stripTrailing());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + k.statement(), e);
        }
        out.println();
        out.println("---");
        out.println(k.files().size() == 1 ? "The file you edit:" : "The files you edit:");
        for (String file : k.files()) {
            out.println("  " + context.display(context.workspace().candidateFile(k, file)));
        }
        out.println("Its tasks and the test classes that check them (./kata test " + k.id() + " --task N):");
        for (Task task : k.tasks()) {
            out.println("  " + task.number() + ". " + task.title() + ": " + String.join(", ",
                    k.testsOf(task.number()).stream().map(TestClass::simpleName).toList()));
        }
        out.println("Test it with: ./kata test " + k.id() + "   Stuck? ./kata hint " + k.id()
                + " (" + k.hints().size() + " hints)");
        k.mutation().recorded().ifPresent(r -> out.println("Mutation score of its suite: " + r.score() + " % ("
                + r.killed() + " of " + r.mutants() + " mutants killed" + equivalent(k.mutation()) + "; ./kata mutate "
                + k.id() + ")."));
        out.flush();
    }

    private static String equivalent(Mutation mutation) {
        int listed = mutation.equivalent().size();
        return listed == 0 ? "" : ", " + listed + " listed as equivalent";
    }
}
