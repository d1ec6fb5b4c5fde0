package dev.mlkatas.grading;

/**
 * One graded test as reports show it.
 *
 * @param name what reports call it; a hidden test is named only by its number, e.g. {@code hidden test 2}
 * @param status {@code passed}, {@code failed} or {@code skipped}
 * @param maxPoints what it is worth
 * @param points what it earned
 * @param message why it failed; always empty for a hidden test
 * @param output what it printed; always empty for a hidden test
 * @param seed the seed of a property test, or empty
 * @param task the task of the statement its class checks (the class's {@code task} in kata.yaml), from 1; 0 when
 *     it belongs to no task: a hidden test, or a class the catalogue does not list
 */
public record TestScore(
        String name, String status, double maxPoints, double points, boolean hidden, String message, String output,
        String seed, int task) {

    /** True when the test passed. */
    public boolean passed() {
        return status.equals("passed");
    }
}
