package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.progress.KataProgress;
import dev.mlkatas.progress.ProgressStore;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kata progress}: how far the candidate is, kata by kata and in total. */
@Command(name = "progress", description = "Summarise your progress over all katas.")
final class ProgressCommand extends Subcommand implements Runnable {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Override
    public void run() {
        Context context = context();
        ProgressStore store = context.progress();
        List<Kata> katas = context.catalogue().katas();
        Table table = new Table("ID", "ROUND", "STATUS", "HINTS", "LAST TESTED");
        int passing = 0;
        int started = 0;
        for (Kata k : katas) {
            KataProgress p = store.get(k.id());
            passing += p.passing() ? 1 : 0;
            started += p.lastTest() != null ? 1 : 0;
            table.row(k.id(), k.round().label(), p.status(), p.hintsShown() + " of " + k.hints().size(),
                    p.lastTest() == null ? "never" : WHEN.format(p.lastTest().at()));
        }
        PrintWriter out = out();
        table.print(out);
        out.println();
        out.println(passing + " of " + katas.size() + " katas passing, " + started + " started.");
        out.flush();
    }
}
