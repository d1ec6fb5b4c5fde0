package dev.mlkatas.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A suite run's own temporary folder: made, filled with folders and deleted with all it holds.
 *
 * <p>Example: {@code Path scratch = ScratchFolder.create("kata-two-sum-"); ... ScratchFolder.delete(scratch)}
 */
final class ScratchFolder {

    private ScratchFolder() {}

    /** A new, empty temporary folder whose name starts with {@code prefix}. */
    static Path create(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    /** {@code dir}, created with its parents if need be. */
    static Path directory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** The folders of {@code dirs} that exist: a reference's run has no candidate classes. */
    static List<Path> existing(List<Path> dirs) {
        return dirs.stream().filter(Files::isDirectory).toList();
    }

    /** Deletes {@code dir} and everything in it, as far as it can. */
    static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is not worth failing a test run for.
        }
    }
}
