package dev.mlkatas.runner;

/**
 * The outcome of one test as the grader sees it.
 *
 * @param className the test class the test belongs to
 * @param name the test's display name, with the names of nested containers below the class before it
 * @param status one of {@code passed}, {@code failed}, {@code aborted}, {@code skipped}
 * @param message why it did not pass, or empty
 * @param location the first stack frame outside the test frameworks, or empty
 * @param seed the random seed of a property test, or empty
 * @param output what the test printed, or empty
 * @param durationMillis how long the test ran
 */
public record TestResult(
        String className,
        String name,
        String status,
        String message,
        String location,
        String seed,
        String output,
        long durationMillis) {}
