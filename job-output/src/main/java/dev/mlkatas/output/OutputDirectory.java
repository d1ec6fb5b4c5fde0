package dev.mlkatas.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a job writes its results, written so that a failed run leaves nothing that looks finished: the
 * files go into a hidden staging folder beside the target, which becomes the target only when every file
 * is written. The target must not exist or be empty: nothing is ever overwritten.
 *
 * <p>Example: {@code OutputDirectory out = OutputDirectory.choose(userDir, "churn"); ... out.publish();}
 */
public final class OutputDirectory {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path target;
    private final Path staging;

    private OutputDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * The user's directory, or when null a new {@code kata-output/<kataId>-<yyyyMMdd-HHmmss>} under the
     * working directory. Fails with a {@link UnusableOutputException} when the directory exists and is not empty.
     */
    public static OutputDirectory choose(Path chosen, String kataId) {
        Path target = chosen != null ? chosen
                : unused(Path.of("kata-output", kataId + "-" + LocalDateTime.now().format(STAMP)));
        target = target.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UnusableOutputException("--out " + target + ": exists and is not a directory");
        }
        if (Files.exists(target) && !isEmptyDirectory(target)) {
            throw new UnusableOutputException("--out " + target + ": exists and is not empty; choose a new directory");
        }
        Path existing = target.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new UnusableOutputException("--out " + target + ": cannot be created (" + existing + " is a file)");
        }
        if (existing != null && !Files.isWritable(existing)) {
            throw new UnusableOutputException(
                    "--out " + target + ": cannot be created (" + existing + " is not writable)");
        }
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".partial-");
            return new OutputDirectory(target, staging);
        } catch (IOException e) {
            throw new UnusableOutputException("--out " + target + ": cannot be created (" + e.getMessage() + ")");
        }
    }

    /** The default folder, with {@code -2}, {@code -3}... when a run in the same second took it. */
    private static Path unused(Path base) {
        Path folder = base;
        for (int n = 2; Files.exists(folder); n++) {
            folder = Path.of(base + "-" + n);
        }
        return folder;
    }

    /** Where the directory will be once published. */
    public Path target() {
        return target;
    }

    /** A file of the result, in the staging folder until {@link #publish()}. */
    public Path file(String name) {
        return staging.resolve(name);
    }

    /** Makes the results appear at the target at once. */
    public Path publish() {
        try {
            if (Files.isDirectory(target)) {
                // Only an empty directory gets here; a rename cannot replace it everywhere.
                Files.delete(target);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the results to " + target, e);
        }
    }

    /** Removes the staging folder and whatever was written to it; for a run that failed. */
    public void discard() {
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(staging)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Nothing more can be done; the folder is hidden and named partial.
        }
    }

    private static boolean isEmptyDirectory(Path path) {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
