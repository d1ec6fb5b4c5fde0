package dev.mlkatas.grading;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A whole grade: every kata graded, the seed and the command that repeat it, and the totals.
 *
 * @param seed the grade seed; every property test's seed derives from it
 * @param repeat the arguments of {@code kata grade} that repeat this grade exactly: the options that chose
 *     what was graded and how (assignment or katas, workspace, hidden tests, time limit), and the seed
 * @param assignment the assignment graded, if any
 * @param workspace the folder whose files were graded, as given
 * @param sandbox how the test JVMs ran: {@code sandboxed (...)} or {@code not sandboxed: why}
 */
public record Grade(
        long seed, List<String> repeat, Optional<Assignment> assignment, String workspace, List<KataGrade> katas,
        Instant at, Duration elapsed, String sandbox) {

    /** What a shell passes on unchanged; anything else is quoted. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    public Grade {
        repeat = List.copyOf(repeat);
        katas = List.copyOf(katas);
    }

    /** A grade whose test JVMs ran as plain processes. */
    public Grade(long seed, List<String> repeat, Optional<Assignment> assignment, String workspace,
            List<KataGrade> katas, Instant at, Duration elapsed) {
        this(seed, repeat, assignment, workspace, katas, at, elapsed, "not sandboxed");
    }

    /**
     * The command that repeats this grade, typed at the top of the repository, e.g.
     * {@code ./kata grade --workspace 'my submission' --seed 42}.
     */
    public String repeatCommand() {
        StringBuilder command = new StringBuilder("./kata grade");
        for (String argument : repeat) {
            command.append(' ').append(quoted(argument));
        }
        return command.toString();
    }

    public double points() {
        return katas.stream().mapToDouble(KataGrade::points).sum();
    }

    public double maxPoints() {
        return katas.stream().mapToDouble(KataGrade::maxPoints).sum();
    }

    /** The total as a percentage, 0 to 100. */
    public double percent() {
        return maxPoints() == 0 ? 0 : 100 * points() / maxPoints();
    }

    /** An argument as a POSIX shell reads it back: single quotes, and a quote inside them as '\''. */
    private static String quoted(String argument) {
        return PLAIN.matcher(argument).matches() ? argument : "'" + argument.replace("'", "'\\''") + "'";
    }
}
