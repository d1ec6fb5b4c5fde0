package dev.mlkatas.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a candidate has done with one kata.
 *
 * @param hintsShown how many of its hints {@code kata hint} has revealed
 * @param lastTest the result of the latest {@code kata test}, or null before the first
 * @param interviews the mock interviews the kata was part of, oldest first, with the time each task took to pass
 */
public record KataProgress(int hintsShown, LastTest lastTest, List<InterviewTimes> interviews) {

    static final KataProgress NONE = new KataProgress(0, null, List.of());

    public KataProgress {
        // Progress written before interviews were kept has no such key.
        interviews = interviews == null ? List.of() : List.copyOf(interviews);
    }

    /**
     * The latest test run.
     *
     * @param outcome {@code completed}, {@code compile-error} or {@code error}
     */
    public record LastTest(String outcome, long passed, long failed, Instant at) {}

    /**
     * One mock interview of the kata: when its clock started, how long it was, and the tasks that passed.
     *
     * <p>Example: {@code new InterviewTimes(start, 45, List.of(new TaskTime(1, 252)))}: task 1 passed 4:12 in.
     *
     * @param started when the interview's clock started
     * @param minutes the interview's length
     * @param tasks each task whose tests passed, with the time from the start to its first passing run
     */
    public record InterviewTimes(Instant started, int minutes, List<TaskTime> tasks) {

        public InterviewTimes {
            tasks = tasks == null ? List.of() : List.copyOf(tasks);
        }

        /** The time task {@code number} took to pass, if it passed. */
        public Optional<Duration> timeOf(int number) {
            return tasks.stream().filter(t -> t.task() == number).findFirst().map(t -> Duration.ofSeconds(t.seconds()));
        }

        /** These times with task {@code number} passed {@code seconds} in, unless it had passed already. */
        InterviewTimes withPass(int number, long seconds) {
            if (timeOf(number).isPresent()) {
                return this;
            }
            List<TaskTime> more = new ArrayList<>(tasks);
            more.add(new TaskTime(number, seconds));
            more.sort(Comparator.comparingInt(TaskTime::task));
            return new InterviewTimes(started, minutes, more);
        }
    }

    /**
     * A task that passed during an interview.
     *
     * @param task the task's number in the statement
     * @param seconds from the interview's start to the first run in which all its tests passed
     */
    public record TaskTime(int task, long seconds) {}

    /** One phrase for listings: {@code not started}, {@code failing 3 of 11}, {@code passing}... */
    public String status() {
        if (lastTest == null) {
            return "not started";
        }
        return switch (lastTest.outcome()) {
            case "compile-error" -> "does not compile";
            case "error" -> "tests did not finish";
            default -> lastTest.failed() > 0
                    ? "failing " + lastTest.failed() + " of " + (lastTest.passed() + lastTest.failed())
                    : "passing";
        };
    }

    public boolean passing() {
        return lastTest != null && lastTest.outcome().equals("completed") && lastTest.failed() == 0;
    }

    /** The interview that started at {@code started}, if the kata was part of it. */
    public Optional<InterviewTimes> interview(Instant started) {
        return interviews.stream().filter(i -> i.started().equals(started)).findFirst();
    }

    KataProgress withHintsShown(int count) {
        return new KataProgress(count, lastTest, interviews);
    }

    KataProgress withLastTest(LastTest test) {
        return new KataProgress(hintsShown, test, interviews);
    }

    /** This progress with {@code times} in place of the interview that started at the same instant, or added. */
    KataProgress withInterview(InterviewTimes times) {
        List<InterviewTimes> all = new ArrayList<>(interviews.stream()
                .filter(i -> !i.started().equals(times.started())).toList());
        all.add(times);
        all.sort(Comparator.comparing(InterviewTimes::started));
        return new KataProgress(hintsShown, lastTest, all);
    }
}
