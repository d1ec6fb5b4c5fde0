package dev.mlkatas.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Remembers the grader's own files (the pristine tests, the compiled provided code, the runner) before a
 * submission runs, and afterwards names and restores any it changed or deleted. A submission runs as the
 * same user as the grader, so it can write these files; this makes sure no change outlives its own grade.
 */
final class FileGuard {

    private final Path root;
    private final Map<Path, byte[]> before = new LinkedHashMap<>();
    private final List<Path> folders = new ArrayList<>();

    private FileGuard(Path root) {
        this.root = root;
    }

    /** Remembers every file under {@code folders}; those inside {@code root} are named relative to it. */
    static FileGuard watch(Path root, List<Path> folders) {
        FileGuard guard = new FileGuard(root);
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            guard.folders.add(folder);
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    guard.before.put(file, Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder, e);
            }
        }
        return guard;
    }

    /**
     * Puts back every remembered file that changed, went missing or was replaced by a link, removes every file
     * that appeared in the watched folders, and names them all.
     */
    List<String> restoreChanges() {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<Path, byte[]> entry : before.entrySet()) {
            Path file = entry.getKey();
            try {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        || !Arrays.equals(Files.readAllBytes(file), entry.getValue())) {
                    changed.add(named(file));
                    Files.createDirectories(file.getParent());
                    Files.deleteIfExists(file);
                    Files.write(file, entry.getValue(), StandardOpenOption.CREATE_NEW);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot restore " + file, e);
            }
        }
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS))
                        .filter(f -> !before.containsKey(f)).toList()) {
                    changed.add(named(file) + " (new)");
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot check " + folder, e);
            }
        }
        return changed;
    }

    private String named(Path file) {
        return file.startsWith(root) ? root.relativize(file).toString() : file.toString();
    }
}
