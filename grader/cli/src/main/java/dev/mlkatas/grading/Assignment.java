package dev.mlkatas.grading;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a mentor assigns: katas with the points each is worth, a due date, per-kata time limits and a folder
 * of hidden tests. Read from YAML or JSON by {@link AssignmentFile}.
 *
 * <p>Example (YAML):
 *
 * <pre>
 * title: Coding round, week 1
 * due: 2026-12-01
 * hiddenTests: hidden        # relative to this file; laid out like the repository
 * katas:
 *   - id: two-sum
 *     points: 100
 *     timeLimitSeconds: 60
 * </pre>
 *
 * @param file the assignment file itself
 * @param hiddenTests the folder of hidden tests, resolved against the file's folder
 */
public record Assignment(
        Path file, String title, Optional<LocalDate> due, Optional<Path> hiddenTests, List<AssignedKata> katas) {

    public Assignment {
        katas = List.copyOf(katas);
    }

    /**
     * One assigned kata.
     *
     * @param points what a full score on it is worth
     * @param timeLimitSeconds the grading time limit, when it differs from the catalogue's
     */
    public record AssignedKata(String id, double points, Optional<Integer> timeLimitSeconds) {}
}
