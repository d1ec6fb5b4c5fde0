package dev.mlkatas.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
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
        killTree(process.toHandle());
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A marked process may start another while it is being killed, and one caught in the middle of exec
        // shows an empty environment for a moment: sweep until two rounds in a row find none.
        int quietRounds = 0;
        for (int round = 0; round < 10 && quietRounds < 2; round++) {
            quietRounds = killMarked() > 0 ? 0 : quietRounds + 1;
            if (quietRounds < 2) {
                sleepBriefly();
            }
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
                    ProcessHandle.of(Long.parseLong(name)).ifPresent(ProcessSweep::killTree);
                }
            }
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    /**
     * Kills a process, then its descendants as they were: parent first, since a parent that sees its child die
     * (a shell waiting on {@code sleep}) runs on, and may write a file, before its own kill arrives.
     */
    private static void killTree(ProcessHandle process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
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
