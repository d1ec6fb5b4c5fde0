package dev.mlkatas.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Ends every process a forked JVM started, including those that left its tree: a child started with
 * {@code setsid} whose parent exited is no longer a descendant, but it still carries the marker that this
 * sweep put into the forked JVM's environment, and on Linux {@code /proc/<pid>/environ} shows it.
 *
 * <p>Example: {@code ProcessSweep sweep = ProcessSweep.fresh(); sweep.mark(builder.environment()); ...
 * sweep.endAll(process)}
 */
public final class ProcessSweep {

    /** The environment variable every process of one run inherits. */
    public static final String MARKER = "KATA_RUN";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Path PROC = Path.of("/proc");

    private final String token;

    private ProcessSweep(String token) {
        this.token = token;
    }

    /** A sweep with a marker of its own. */
    public static ProcessSweep fresh() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new ProcessSweep(HexFormat.of().formatHex(bytes));
    }

    /** Puts the marker into the environment a process is about to start with. */
    public void mark(Map<String, String> environment) {
        environment.put(MARKER, token);
    }

    /**
     * Kills {@code process}, its descendants and every marked process, and waits briefly for them to go. It
     * kills through the process's handle, which leaves this side's pipes open: {@link Process#destroyForcibly}
     * would close them, and output a process wrote just before it ended would be lost to a reader still
     * draining it.
     */
    public void endAll(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.toHandle().destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A marked process may start another while it is being killed, so sweep until none is left.
        for (int round = 0; round < 5 && killMarked() > 0; round++) {
            sleepBriefly();
        }
    }

    /** Kills every process whose environment carries this sweep's marker; returns how many it found. */
    int killMarked() {
        if (!Files.isDirectory(PROC)) {
            return 0;
        }
        byte[] needle = (MARKER + "=" + token).getBytes(StandardCharsets.US_ASCII);
        long self = ProcessHandle.current().pid();
        int found = 0;
        try (Stream<Path> entries = Files.list(PROC)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit) || Long.parseLong(name) == self) {
                    continue;
                }
                if (carries(entry.resolve("environ"), needle)) {
                    found++;
                    ProcessHandle.of(Long.parseLong(name)).ifPresent(p -> {
                        p.descendants().forEach(ProcessHandle::destroyForcibly);
                        p.destroyForcibly();
                    });
                }
            }
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    private static boolean carries(Path environ, byte[] needle) {
        byte[] content;
        try {
            content = Files.readAllBytes(environ);
        } catch (IOException | SecurityException e) {
            return false;
        }
        // Each entry is NAME=value followed by a NUL byte.
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == 0) {
                if (i - start == needle.length && Arrays.equals(content, start, i, needle, 0, needle.length)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
