package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.Task;
import dev.mlkatas.interview.FollowUps;
import dev.mlkatas.interview.Interview;
import dev.mlkatas.progress.KataProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What {@code kata interview --status} and {@code --finish} print: the clock, the times, the follow-ups. */
final class InterviewReport {

    private final Context context;
    private final PrintWriter out;

    InterviewReport(Context context, PrintWriter out) {
        this.context = context;
        this.out = out;
    }

    /** The clock and the tasks passed so far; once the time is up, the interviewer's follow-ups too. */
    void status(Interview interview) {
        Instant now = context.clock().instant();
        if (interview.timeIsUp(now)) {
            out.println("Time is up: " + Interview.clock(interview.elapsed(now)) + " of "
                    + Interview.clock(interview.length()) + ", over by "
                    + Interview.clock(interview.left(now).negated()) + ".");
        } else {
            out.println(RunningInterview.clockLine(interview, now) + ".");
        }
        out.println();
        times(interview);
        if (interview.timeIsUp(now)) {
            followUps(interview);
            out.println();
            out.println("./kata interview --finish ends the interview.");
        }
    }

    /** The whole interview, once it is over: how long it ran, the times and the interviewer's follow-ups. */
    void finish(Interview interview) {
        Instant now = context.clock().instant();
        out.println("Interview over after " + Interview.clock(interview.elapsed(now)) + " of "
                + Interview.clock(interview.length()) + " (seed " + interview.seed() + ").");
        out.println();
        times(interview);
        followUps(interview);
        out.println();
        out.println("Your times are kept with your progress: ./kata progress shows them.");
    }

    /** A row per task of each kata: when it first passed, counted from the start, or that it did not. */
    private void times(Interview interview) {
        Table table = new Table("ROUND", "KATA", "TASK", "PASSED AT");
        int passed = 0;
        int tasks = 0;
        for (Interview.Pick pick : interview.rounds()) {
            Kata kata = context.catalogue().get(pick.kata());
            Optional<KataProgress.InterviewTimes> times = context.progress().get(kata.id())
                    .interview(interview.started());
            boolean first = true;
            for (Task task : kata.tasks()) {
                Optional<Duration> at = times.flatMap(t -> t.timeOf(task.number()));
                table.row(first ? pick.round().label() : "", first ? kata.id() : "",
                        task.number() + ". " + task.title(), at.map(d -> passedAt(d, interview.minutes())).orElse("-"));
                passed += at.isPresent() ? 1 : 0;
                tasks++;
                first = false;
            }
        }
        table.print(out);
        out.println();
        out.println(passed + " of " + tasks + " tasks passed.");
    }

    /** When a task passed, {@code 12:34}, and {@code 47:10 (over time)} past an interview of {@code minutes}. */
    static String passedAt(Duration at, int minutes) {
        return Interview.clock(at) + (at.compareTo(Duration.ofMinutes(minutes)) > 0 ? " (over time)" : "");
    }

    private void followUps(Interview interview) {
        out.println();
        out.println("The interviewer's follow-ups:");
        for (Interview.Pick pick : interview.rounds()) {
            Kata kata = context.catalogue().get(pick.kata());
            List<String> questions = FollowUps.of(kata.statement());
            out.println();
            out.println(kata.id() + " (" + pick.round().label() + " round):");
            if (questions.isEmpty()) {
                out.println("  (its statement has no follow-up questions)");
            }
            for (String question : questions) {
                out.println("  - " + question.replace("\n", "\n    "));
            }
        }
    }
}
