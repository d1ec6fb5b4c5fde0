package dev.mlkatas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies what `kata test` needs of one built kata module into another folder, to change it there safely. */
public final class RepositoryCopy {

    private RepositoryCopy() {}

    public static void of(Path root, String module, Path target) {
        for (String part : List.of(module + "/katas", module + "/src", module + "/target/classes",
                module + "/target/kata", "grader/runner/target/classes", "grader/runner/target/kata")) {
            copyTree(root.resolve(part), target.resolve(part));
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path copy = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " (is the repository built?)", e);
        }
    }
}
