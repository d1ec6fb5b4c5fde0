package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.progress.ProgressStore;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/**
 * {@code kata list}: one row per kata with its round, difficulty, the mutation score of its suite (as
 * recorded in its catalogue entry) and the candidate's status.
 */
@Command(name = "list", description = "List every kata with its round, difficulty, suite's mutation score and your status.")
final class ListCommand extends Subcommand implements Runnable {

    @Override
    public void run() {
        Context context = context();
        ProgressStore progress = context.progress();
        Table table = new Table("ID", "TITLE", "ROUND", "DIFFICULTY", "MUTATION", "STATUS");
        for (Kata k : context.catalogue().katas()) {
            String mutation = k.mutation().recorded().map(r -> r.score() + " %").orElse("-");
            table.row(k.id(), k.title(), k.round().label(), k.difficulty().label(), mutation,
                    progress.get(k.id()).status());
        }
        PrintWriter out = out();
        table.print(out);
        out.flush();
    }
}
