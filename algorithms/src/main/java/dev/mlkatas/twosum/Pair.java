package dev.mlkatas.twosum;

/**
 * Two values of an array that add up to a target, the smaller one first.
 *
 * <p>Example: {@code new Pair(-3, 3)} prints as {@code (-3, 3)}.
 *
 * @param first the smaller value (or the equal one, for a pair like {@code (0, 0)})
 * @param second the larger value
 */
public record Pair(int first, int second) {

    @Override
    public String toString() {
        return "(" + first + ", " + second + ")";
    }
}
