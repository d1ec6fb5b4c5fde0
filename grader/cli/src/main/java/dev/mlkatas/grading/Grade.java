package dev.mlkatas.grading;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A whole grade: every kata graded, the seed that repeats it, and the totals.
 *
 * @param seed the grade seed; {@code kata grade --seed <seed>} repeats this grade exactly
 * @param assignment the assignment graded, if any
 * @param workspace the folder whose files were graded, as given
 */
public record Grade(
        long seed, Optional<Assignment> assignment, String workspace, List<KataGrade> katas, Instant at,
        Duration elapsed) {

    public Grade {
        katas = List.copyOf(katas);
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
}
