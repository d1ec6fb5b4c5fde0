package dev.mlkatas.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Starts a Java program in a JVM of its own, with a wall-clock limit. When it ends, for whatever reason, it
 * and every process it started are killed, so that nothing it started outlives it.
 *
 * <p>Example: {@code ForkedJvm.capture(ForkedJvm.command(classpath, List.of("-Xmx1g"), "demo.Main", List.of(),
 * scratch), Map.of(), "", work, Duration.ofMinutes(2))}
 */
public final class ForkedJvm {

    /** How a forked JVM ended; {@code exitCode} is meaningless when it timed out. */
    public record Exit(boolean timedOut, int exitCode, Path stdout, Path stderr) {

        /** The last lines the JVM wrote to stderr, for an error message. */
        public String stderrTail(int lines) {
            try {
                List<String> all = Files.readAllLines(stderr, StandardCharsets.UTF_8);
                return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
            } catch (IOException e) {
                return "";
            }
        }
    }

    /**
     * How a forked JVM ended, with the last {@link OutputTail#DEFAULT_BYTES} of each of its streams;
     * {@code exitCode} is meaningless when it timed out.
     */
    public record Captured(boolean timedOut, int exitCode, String stdout, String stderr) {

        /** The last {@code lines} lines of its standard error. */
        public String stderrTail(int lines) {
            List<String> all = stderr.lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }
    }

    /**
     * The options of a JVM that lives seconds to a minute (a suite, a compile, a mutation worker): the client
     * compiler alone and the serial collector. Without the server compiler's threads competing with the work
     * on a few cores, such a JVM costs about a third less CPU and finishes sooner.
     */
    public static final List<String> SHORT_LIVED = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private ForkedJvm() {}

    /**
     * The command that starts {@code mainClass}: the one place a forked JVM's command line is built. The class
     * path goes into an argument file in {@code scratch}, since a long one can exceed what the operating system
     * accepts on a command line.
     */
    public static List<String> command(List<Path> classpath, List<String> jvmOptions, String mainClass,
            List<String> args, Path scratch) {
        Path argFile = scratch.resolve("jvm.args");
        String cp = classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        try {
            Files.writeString(argFile, "-cp\n\"" + cp.replace("\\", "\\\\") + "\"\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + argFile, e);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("@" + argFile);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /**
     * Runs {@code command} with exactly {@code environment} as its environment, writing {@code input} to its
     * standard input and then closing it. Only the last 64 KiB of each output stream are kept; the rest is read
     * and dropped, so the process never blocks on a full pipe.
     */
    public static Captured capture(List<String> command, Map<String, String> environment, String input,
            Path workDir, Duration limit) {
        return capture(command, environment, ProcessSweep.fresh(), input, workDir, limit);
    }

    /**
     * The same, with {@code sweep} ending the processes afterwards: a caller that had to pass the sweep's marker
     * on itself (a sandbox that clears the environment and sets it anew) names the sweep that made it.
     */
    public static Captured capture(List<String> command, Map<String, String> environment, ProcessSweep sweep,
            String input, Path workDir, Duration limit) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        sweep.mark(builder.environment());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a Java process", e);
        }
        OutputTail stdout = OutputTail.drain(process.getInputStream(), OutputTail.DEFAULT_BYTES);
        OutputTail stderr = OutputTail.drain(process.getErrorStream(), OutputTail.DEFAULT_BYTES);
        boolean finished;
        try {
            writeInput(process, input);
            finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a forked JVM was running", e);
        } finally {
            sweep.endAll(process);
        }
        int exitCode = finished ? process.exitValue() : -1;
        Captured captured = new Captured(!finished, exitCode, stdout.text(2_000), stderr.text(2_000));
        // Closes this side's pipes, so no reader stays blocked on a pipe that an escaped process holds open.
        process.destroyForcibly();
        return captured;
    }

    /**
     * Runs {@code mainClass} with {@code args}, writing its output to {@code stdout.txt} and {@code stderr.txt}
     * in {@code scratch}: for trusted tools whose whole log is wanted, such as PIT.
     */
    public static Exit run(List<Path> classpath, List<String> jvmOptions, String mainClass, List<String> args,
            String input, Path workDir, Path scratch, Duration limit) {
        List<String> command = command(classpath, jvmOptions, mainClass, args, scratch);
        Path stdout = scratch.resolve("stdout.txt");
        Path stderr = scratch.resolve("stderr.txt");
        ProcessSweep sweep = ProcessSweep.fresh();
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        sweep.mark(builder.environment());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a Java process", e);
        }
        try {
            writeInput(process, input);
            boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            return new Exit(!finished, finished ? process.exitValue() : -1, stdout, stderr);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a forked JVM was running", e);
        } finally {
            sweep.endAll(process);
        }
    }

    private static void writeInput(Process process, String input) {
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The process ended before reading its input; its exit says why.
        }
    }
}
