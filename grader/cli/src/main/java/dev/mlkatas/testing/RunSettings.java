package dev.mlkatas.testing;

import java.nio.file.Path;
import java.time.Duration;
import dev.mlkatas.intake.CandidateCompiler;
import java.util.Optional;

/**
 * How to run a suite, beyond whose code it runs against.
 *
 * @param candidateRoot where the candidate's files are, laid out like the repository; empty for the
 *     repository itself
 * @param seed the grade seed every property test derives its seed from; empty for fresh random seeds
 * @param timeLimit the wall-clock limit; empty for the kata's own
 * @param hiddenTests a folder laid out like the repository ({@code <module>/src/test/java/...}) with extra
 *     test classes: those in the packages of the kata's tests run with them
 * @param rememberFailures whether jqwik may replay the failures of earlier runs first (helpful when
 *     practising, but a grade must depend on nothing but its seed)
 * @param compileTimeLimit how long the compiler may take for the candidate's files
 */
public record RunSettings(
        Optional<Path> candidateRoot,
        Optional<Long> seed,
        Optional<Duration> timeLimit,
        Optional<Path> hiddenTests,
        boolean rememberFailures,
        Duration compileTimeLimit) {

    /** How {@code kata test} runs: the repository's own files, random seeds, the kata's time limit. */
    public static RunSettings practice() {
        return new RunSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true,
                CandidateCompiler.TIME_LIMIT);
    }

    /** How a grade runs: nothing remembered from earlier runs, so that its seed alone decides its values. */
    public static RunSettings grade(long seed) {
        return new RunSettings(Optional.empty(), Optional.of(seed), Optional.empty(), Optional.empty(), false,
                CandidateCompiler.TIME_LIMIT);
    }

    public RunSettings withCandidateRoot(Path root) {
        return new RunSettings(Optional.of(root), seed, timeLimit, hiddenTests, rememberFailures, compileTimeLimit);
    }

    public RunSettings withSeed(long value) {
        return new RunSettings(candidateRoot, Optional.of(value), timeLimit, hiddenTests, rememberFailures,
                compileTimeLimit);
    }

    public RunSettings withTimeLimit(Duration limit) {
        return new RunSettings(candidateRoot, seed, Optional.of(limit), hiddenTests, rememberFailures,
                compileTimeLimit);
    }

    public RunSettings withHiddenTests(Path folder) {
        return new RunSettings(candidateRoot, seed, timeLimit, Optional.of(folder), rememberFailures, compileTimeLimit);
    }

    public RunSettings withCompileTimeLimit(Duration limit) {
        return new RunSettings(candidateRoot, seed, timeLimit, hiddenTests, rememberFailures, limit);
    }
}
