package dev.mlkatas.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    guard.before.put(file, Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder, e);
            }
        }
        return guard;
    }

    /** Puts back every remembered file that changed or went missing, and names them. */
    List<String> restoreChanges() {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<Path, byte[]> entry : before.entrySet()) {
            Path file = entry.getKey();
            try {
                if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), entry.getValue())) {
                    changed.add(file.startsWith(root) ? root.relativize(file).toString() : file.toString());
                    Files.createDirectories(file.getParent());
                    Files.write(file, entry.getValue());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot restore " + file, e);
            }
        }
        return changed;
    }
}
