package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.Task;
import dev.mlkatas.progress.KataProgress;
import dev.mlkatas.progress.ProgressStore;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code kata progress}: how far the candidate is, kata by kata and in total, and their mock interviews. */
@Command(name = "progress", description = "Summarise your progress over all katas, and your mock interviews' times.")
final class ProgressCommand extends Subcommand implements Runnable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public void run() {
        Context context = context();
        DateTimeFormatter when = WHEN.withZone(context.clock().getZone());
        ProgressStore store = context.progress();
        List<Kata> katas = context.catalogue().katas();
        Table table = new Table("ID", "ROUND", "STATUS", "HINTS", "LAST TESTED");
        List<String> interviews = new ArrayList<>();
        int passing = 0;
        int started = 0;
        for (Kata k : katas) {
            KataProgress p = store.get(k.id());
            passing += p.passing() ? 1 : 0;
            started += p.lastTest() != null ? 1 : 0;
            table.row(k.id(), k.round().label(), p.status(), p.hintsShown() + " of " + k.hints().size(),
                    p.lastTest() == null ? "never" : when.format(p.lastTest().at()));
            for (KataProgress.InterviewTimes times : p.interviews()) {
                interviews.add("  " + k.id() + ", " + when.format(times.started()) + ", " + times.minutes()
                        + " min: " + taskTimes(k, times));
            }
        }
        PrintWriter out = out();
        table.print(out);
        out.println();
        out.println(passing + " of " + katas.size() + " katas passing, " + started + " started.");
        if (!interviews.isEmpty()) {
            out.println();
            out.println("Mock interviews (the time from the start to each task's first passing run):");
            interviews.forEach(out::println);
        }
        out.flush();
    }

    /** {@code task 1 4:12, task 2 not passed}; a time past the interview's length is marked. */
    private static String taskTimes(Kata kata, KataProgress.InterviewTimes times) {
        List<String> each = new ArrayList<>();
        for (Task task : kata.tasks()) {
            each.add("task " + task.number() + " " + times.timeOf(task.number())
                    .map(at -> InterviewReport.passedAt(at, times.minutes())).orElse("not passed"));
        }
        return String.join(", ", each);
    }
}
