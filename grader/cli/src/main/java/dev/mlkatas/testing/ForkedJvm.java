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
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Starts a Java program in a JVM of its own, with a wall-clock limit after which it and every process it
 * started are killed. Its output goes to files, never to this process.
 *
 * <p>Example: {@code ForkedJvm.run(classpath, List.of("-Xmx1g"), "demo.Main", List.of(), "", work, scratch,
 * Duration.ofMinutes(2))}
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

    private ForkedJvm() {}

    /**
     * Runs {@code mainClass} with {@code args}, writing {@code input} to its standard input and then
     * closing it. The class path goes into an argument file, since a long one can exceed what the operating
     * system accepts on a command line.
     */
    public static Exit run(List<Path> classpath, List<String> jvmOptions, String mainClass, List<String> args,
            String input, Path workDir, Path scratch, Duration limit) {
        return run(classpath, jvmOptions, mainClass, args, input, workDir, scratch, limit, UnaryOperator.identity());
    }

    /** The same, with the command wrapped by {@code sandbox} (which prefixes what runs the JVM isolated). */
    public static Exit run(List<Path> classpath, List<String> jvmOptions, String mainClass, List<String> args,
            String input, Path workDir, Path scratch, Duration limit, UnaryOperator<List<String>> sandbox) {
        try {
            Path argFile = scratch.resolve("jvm.args");
            String cp = classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
            Files.writeString(argFile, "-cp\n\"" + cp.replace("\\", "\\\\") + "\"\n", StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("@" + argFile);
            command.add(mainClass);
            command.addAll(args);
            Path stdout = scratch.resolve("stdout.txt");
            Path stderr = scratch.resolve("stderr.txt");
            Process process = new ProcessBuilder(sandbox.apply(command))
                    .directory(workDir.toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            try (var stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The process ended before reading its input; its exit says why.
            }
            boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                killTree(process);
                return new Exit(true, -1, stdout, stderr);
            }
            return new Exit(false, process.exitValue(), stdout, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a Java process", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while tests were running", e);
        }
    }

    private static void killTree(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
