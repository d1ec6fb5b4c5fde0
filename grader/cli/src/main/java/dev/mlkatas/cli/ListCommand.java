package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.progress.ProgressStore;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code kata list}: one row per kata with its round, difficulty and the candidate's status. */
@Command(name = "list", description = "List every kata with its round, difficulty and your status.")
final class ListCommand extends Subcommand implements Runnable {

    @Override
    public void run() {
        Context context = context();
        ProgressStore progress = context.progress();
        Table table = new Table("ID", "TITLE", "ROUND", "DIFFICULTY", "STATUS");
        for (Kata k : context.catalogue().katas()) {
            table.row(k.id(), k.title(), k.round().label(), k.difficulty().label(), progress.get(k.id()).status());
        }
        PrintWriter out = out();
        table.print(out);
        out.flush();
    }
}
