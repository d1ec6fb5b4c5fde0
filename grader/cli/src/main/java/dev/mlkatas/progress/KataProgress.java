package dev.mlkatas.progress;

import java.time.Instant;

/**
 * What a candidate has done with one kata.
 *
 * @param hintsShown how many of its hints {@code kata hint} has revealed
 * @param lastTest the result of the latest {@code kata test}, or null before the first
 */
public record KataProgress(int hintsShown, LastTest lastTest) {

    static final KataProgress NONE = new KataProgress(0, null);

    /**
     * The latest test run.
     *
     * @param outcome {@code completed}, {@code compile-error} or {@code error}
     */
    public record LastTest(String outcome, long passed, long failed, Instant at) {}

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

    KataProgress withHintsShown(int count) {
        return new KataProgress(count, lastTest);
    }

    KataProgress withLastTest(LastTest test) {
        return new KataProgress(hintsShown, test);
    }
}
