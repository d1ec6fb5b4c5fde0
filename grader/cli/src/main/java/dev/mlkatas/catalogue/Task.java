package dev.mlkatas.catalogue;

/**
 * One task of a kata's statement, read from its heading: {@code ## Task 2: how many index pairs} is task 2,
 * titled {@code how many index pairs}.
 *
 * @param number from 1, in the statement's order
 * @param title the heading after its number, e.g. {@code how many index pairs}
 */
public record Task(int number, String title) {

    /** How a person says which tasks there are: {@code task 1 only}, {@code tasks 1 to 3}. */
    public static String range(int count) {
        return count == 1 ? "task 1 only" : "tasks 1 to " + count;
    }
}
