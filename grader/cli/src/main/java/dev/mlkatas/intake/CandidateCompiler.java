package dev.mlkatas.intake;

import dev.mlkatas.testing.ForkedJvm;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compiles a candidate's files on their own, against the kata module's compiled classes and never with the
 * tests' sources, in a JVM of its own under a time limit ({@link #TIME_LIMIT} unless a grade sets another) and
 * a 512 MiB heap. The classes land in a folder that holds nothing else, so what the candidate's files declare
 * can be checked there.
 *
 * <p>Example: {@code CandidateCompiler.compile(copies, javaRoot, copiesRoot, moduleClasspath,
 * scratch.resolve("candidate"), scratch, CandidateCompiler.TIME_LIMIT)}
 */
public final class CandidateCompiler {

    /** How long the compiler may take for one kata's candidate files, unless a grade says otherwise. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(30);

    /** The compiler's messages as a report shows them, or why the files were refused. */
    public record Result(boolean success, String messages) {}

    private CandidateCompiler() {}

    /**
     * Compiles {@code sources} (copies under {@code sourceRoot}, the {@code src/main/java} of their module) into
     * {@code out} against {@code classpath} within {@code timeLimit}; messages name the files relative to
     * {@code shownFrom}.
     */
    public static Result compile(List<Path> sources, Path sourceRoot, Path shownFrom, List<Path> classpath, Path out,
            Path scratch, Duration timeLimit) {
        try {
            Files.createDirectories(out);
            Path work = Files.createDirectories(scratch.resolve("compile"));
            Path options = work.resolve("options.txt");
            List<String> lines = new ArrayList<>();
            lines.add(out.toString());
            lines.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
            sources.forEach(source -> lines.add(source.toString()));
            Files.write(options, lines, StandardCharsets.UTF_8);
            List<String> jvmOptions = new ArrayList<>(ForkedJvm.SHORT_LIVED);
            jvmOptions.addAll(List.of("-Xmx512m", "-Xss4m"));
            List<String> command = ForkedJvm.command(List.of(ownClasses()), jvmOptions,
                    CompileMain.class.getName(), List.of(options.toString()), work);
            ForkedJvm.Captured exit = ForkedJvm.capture(command, Map.of("PATH", System.getenv().getOrDefault(
                    "PATH", "/usr/bin:/bin")), "", work, timeLimit);
            String messages = exit.stdout().replace(shownFrom + File.separator, "").strip();
            if (exit.timedOut()) {
                return new Result(false, "the compiler did not finish compiling the candidate's files within "
                        + timeLimit.toSeconds() + " s");
            }
            if (exit.exitCode() != 0) {
                return new Result(false, messages.isEmpty() ? "the compiler failed: " + exit.stderrTail(5) : messages);
            }
            List<String> strays = strayClasses(sources, sourceRoot, out);
            return strays.isEmpty() ? new Result(true, messages) : new Result(false, String.join("\n", strays));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compile the candidate's files", e);
        }
    }

    /**
     * Class files in {@code out} that belong to no candidate file: each file may give only its own class and
     * classes nested in it ({@code TwoSum.class}, {@code TwoSum$1.class}), in its own package.
     */
    static List<String> strayClasses(List<Path> sources, Path sourceRoot, Path out) throws IOException {
        List<String> allowed = new ArrayList<>();
        for (Path source : sources) {
            String relative = sourceRoot.relativize(source).toString();
            allowed.add(relative.substring(0, relative.length() - ".java".length()));
        }
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = out.relativize(file).toString();
                boolean own = name.endsWith(".class") && allowed.stream().anyMatch(a -> name.equals(a + ".class")
                        || name.startsWith(a + "$"));
                if (!own) {
                    strays.add("the candidate's files declare " + name.replace(File.separatorChar, '.')
                            .replaceAll("\\.class$", "") + ", which is not their own class or nested in it");
                }
            }
        }
        return strays;
    }

    /** Where this class was loaded from: the compiler's JVM runs {@link CompileMain} from there. */
    private static Path ownClasses() {
        try {
            return Path.of(CandidateCompiler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot find the grader's own classes", e);
        }
    }
}
