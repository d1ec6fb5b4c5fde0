package dev.mlkatas.crf.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

/**
 * Where a run writes its files: the directory the user names, which must be new or empty, or else a new
 * {@code kata-output/<kata-id>-<yyyyMMdd-HHmmss>/} under the working directory.
 *
 * <p>Example: {@code OutputDirectory.create(null, "crf-tagging")} creates
 * {@code kata-output/crf-tagging-20250101-120000}.
 */
final class OutputDirectory {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private OutputDirectory() {
    }

    /**
     * Checks that {@code given} can take a run's files, before any work is done: a run of minutes should not
     * end in a folder that cannot be made.
     *
     * @throws IllegalArgumentException if {@code given} exists and is not an empty directory, or cannot be
     *     created because its nearest existing parent is a file or is not writable
     */
    static void check(Path given) throws IOException {
        if (given == null) {
            return;
        }
        if (!Files.exists(given)) {
            Path parent = given.toAbsolutePath().getParent();
            while (parent != null && !Files.exists(parent)) {
                parent = parent.getParent();
            }
            if (parent != null && !Files.isDirectory(parent)) {
                throw new IllegalArgumentException("--out " + given + ": cannot be created (" + parent + " is a file)");
            }
            if (parent != null && !Files.isWritable(parent)) {
                throw new IllegalArgumentException("--out " + given + ": cannot be created (" + parent + " is not writable)");
            }
            return;
        }
        if (!Files.isDirectory(given)) {
            throw new IllegalArgumentException("--out " + given + ": exists and is not a directory");
        }
        try (Stream<Path> entries = Files.list(given)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException("--out " + given + ": exists and is not empty; nothing was written");
            }
        }
    }

    /**
     * Creates the directory (or takes {@code given} if it exists and is empty) and returns it.
     *
     * @throws IllegalArgumentException if {@code given} exists and is not an empty directory
     */
    static Path create(Path given, String kataId) throws IOException {
        if (given != null) {
            check(given);
            return Files.createDirectories(given);
        }
        Path base = Path.of("kata-output", kataId + "-" + LocalDateTime.now().format(STAMP));
        Path directory = base;
        // Two runs in the same second get their own directories.
        for (int n = 2; Files.exists(directory); n++) {
            directory = Path.of(base + "-" + n);
        }
        return Files.createDirectories(directory);
    }
}
