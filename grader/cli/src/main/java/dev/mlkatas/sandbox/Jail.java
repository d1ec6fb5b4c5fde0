package dev.mlkatas.sandbox;

import java.nio.file.Path;
import java.util.List;

/**
 * What a sandboxed test JVM sees of the machine besides the JDK and its class path: the grading repository,
 * read-only, with some of its folders out of sight.
 *
 * <p>Example: {@code Jail.of(Path.of("."), List.of(Path.of("grades")))}
 *
 * @param repository the grading repository, mounted read-only at its own path
 * @param outOfSight folders covered by an empty one: the references ({@code solutions/}), the hidden tests,
 *     the reports' folder, the grader's own state ({@code .kata/}); those outside the repository are not
 *     mounted at all
 */
public record Jail(Path repository, List<Path> outOfSight) {

    public Jail {
        repository = repository.toAbsolutePath().normalize();
        outOfSight = outOfSight.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** The repository, with its references, the grader's state and {@code extra} out of sight. */
    public static Jail of(Path repository, List<Path> extra) {
        Path root = repository.toAbsolutePath().normalize();
        List<Path> hidden = new java.util.ArrayList<>(List.of(root.resolve("solutions"), root.resolve(".kata")));
        hidden.addAll(extra);
        return new Jail(root, hidden);
    }
}
