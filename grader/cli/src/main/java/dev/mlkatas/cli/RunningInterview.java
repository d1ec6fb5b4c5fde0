package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.interview.Interview;
import dev.mlkatas.interview.PassingTasks;
import dev.mlkatas.progress.KataProgress;
import dev.mlkatas.progress.ProgressStore;
import dev.mlkatas.testing.Submission;
import dev.mlkatas.testing.SuiteReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a test run does while a mock interview is running: it records the time each task of an interview's kata
 * took to pass, and ends with one line for the clock.
 */
final class RunningInterview {

    private RunningInterview() {}

    /**
     * Records the tasks of {@code whole} that {@code report} passed for the first time in the interview in
     * progress, and returns the line for the clock; empty when no interview is running. Runs of the reference
     * solution record nothing.
     */
    static Optional<String> afterTest(Context context, Kata whole, SuiteReport report) {
        Optional<Interview> running = context.interviews().current();
        if (running.isEmpty()) {
            return Optional.empty();
        }
        Interview interview = running.get();
        Instant now = context.clock().instant();
        if (interview.pickOf(whole.id()).isEmpty()) {
            return Optional.of(clockLine(interview, now) + "; " + whole.id() + " is not one of its katas ("
                    + interview.rounds().stream().map(Interview.Pick::kata).collect(Collectors.joining(", ")) + ")");
        }
        ProgressStore progress = context.progress();
        if (report.submission() == Submission.CANDIDATE) {
            for (int task : PassingTasks.of(whole, report)) {
                progress.recordInterviewPass(whole.id(), interview.started(), interview.minutes(), task,
                        interview.elapsed(now));
            }
        }
        KataProgress.InterviewTimes times = progress.get(whole.id()).interview(interview.started())
                .orElse(new KataProgress.InterviewTimes(interview.started(), interview.minutes(), List.of()));
        return Optional.of(clockLine(interview, now) + "; " + whole.id() + ": " + passed(whole, times));
    }

    /** {@code Interview: 12:34 of 45:00, 32:26 left}, or that the time is up and where the follow-ups are. */
    static String clockLine(Interview interview, Instant now) {
        String clock = Interview.clock(interview.elapsed(now)) + " of " + Interview.clock(interview.length());
        return interview.timeIsUp(now)
                ? "Interview: time is up (" + clock + "); ./kata interview --status shows the follow-ups"
                : "Interview: " + clock + ", " + Interview.clock(interview.left(now)) + " left";
    }

    /** {@code task 1 at 4:12, task 2 at 12:34 (2 of 3 passed)}, or {@code no task passed yet (0 of 3)}. */
    private static String passed(Kata kata, KataProgress.InterviewTimes times) {
        List<String> at = times.tasks().stream()
                .map(t -> "task " + t.task() + " at " + Interview.clock(Duration.ofSeconds(t.seconds()))).toList();
        String count = times.tasks().size() + " of " + kata.tasks().size();
        return at.isEmpty() ? "no task passed yet (" + count + ")" : String.join(", ", at) + " (" + count + " passed)";
    }
}
