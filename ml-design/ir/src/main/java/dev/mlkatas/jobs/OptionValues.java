package dev.mlkatas.jobs;

/**
 * The values of a job's command-line options, checked: each method returns the value or throws an
 * {@link IllegalArgumentException} whose one-line message names the option, the value and the problem.
 *
 * <p>Example: {@code OptionValues.intValue("--rank", "abc", 1, 500)} throws with the message
 * {@code --rank 'abc' is not a whole number from 1 to 500}.
 */
public final class OptionValues {

    private OptionValues() {
    }

    /** {@code value} as a 64-bit integer. */
    public static long longValue(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " '" + value + "' is not a 64-bit integer");
        }
    }

    /** {@code value} as a whole number from {@code min} to {@code max}. */
    public static int intValue(String option, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the range.
        }
        throw new IllegalArgumentException(
                option + " '" + value + "' is not a whole number from " + min + " to " + max);
    }
}
