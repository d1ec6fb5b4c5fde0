package dev.mlkatas.launch;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.testing.ForkedJvm;
import dev.mlkatas.testing.SourceCompiler;
import dev.mlkatas.workspace.RecordedClasspath;
import dev.mlkatas.workspace.Workspace;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts a kata's programs in a JVM of their own, attached to this terminal: its main job ({@code kata
 * run}, with the reference or the candidate's code) and its benchmarks ({@code kata bench}, always the
 * reference).
 */
public final class KataLauncher {

    private static final String JMH_MAIN = "org.openjdk.jmh.Main";

    private final Workspace workspace;
    private final ProcessBuilder.Redirect output;

    /** A launcher whose programs write to this process's terminal. */
    public KataLauncher(Workspace workspace) {
        this(workspace, ProcessBuilder.Redirect.INHERIT);
    }

    /**
     * A launcher whose programs write their standard output and error to {@code output}; give a file as
     * {@link ProcessBuilder.Redirect#appendTo}, since both streams go to it.
     */
    public KataLauncher(Workspace workspace, ProcessBuilder.Redirect output) {
        this.workspace = workspace;
        this.output = output;
    }

    /**
     * Runs the kata's main class with {@code args} and returns its exit code. A command the kata names
     * short-lived (its first argument) starts with {@link ForkedJvm#SHORT_LIVED}, then the kata's own options,
     * and with the reference packaged in jars it maps a {@link ClassDataArchive} of its classes, written by its
     * first run into {@code .kata/cache/jvm}. Once the archive is written, such a run of the reference leaves
     * a {@link LaunchRecord} in {@code .kata/cache/launch}, from which the {@code kata} script starts the
     * command's next run directly.
     *
     * @param builtOn the katas whose modules the kata's module builds on (ranking's on experiments): with
     *     {@code mine}, their candidate files are compiled too, so the job runs the candidate's code as it is
     *     now rather than as the last build left it
     * @param mine true to run the candidate's files instead of the reference
     * @throws LaunchException when the candidate's files do not compile
     */
    public int run(Kata kata, List<Kata> builtOn, String mainClass, boolean mine, List<String> args) {
        List<Path> classpath = new ArrayList<>();
        boolean shortLived = !args.isEmpty() && kata.shortLivedCommands().contains(args.get(0));
        Path scratch = null;
        try {
            if (mine) {
                scratch = Files.createTempDirectory("kata-run-" + kata.id() + "-");
                List<Path> code = new ArrayList<>();
                code.add(workspace.moduleClasses(kata));
                code.addAll(workspace.moduleClasspath(kata));
                List<Path> sources = new ArrayList<>();
                List<Path> sourcepath = new ArrayList<>();
                for (Kata each : Stream.concat(Stream.of(kata), builtOn.stream()).toList()) {
                    each.files().forEach(f -> sources.add(workspace.candidateFile(each, f)));
                    sourcepath.add(workspace.moduleDir(each).resolve("src/main/java"));
                }
                SourceCompiler.Result compiled =
                        SourceCompiler.compile(sources, code, sourcepath.stream().distinct().toList(), scratch,
                                workspace.root());
                if (!compiled.success()) {
                    throw new LaunchException("your code does not compile:\n" + compiled.messages());
                }
                classpath.add(scratch);
                classpath.addAll(code);
            } else {
                classpath.add(shortLived ? workspace.referenceJar(kata).orElse(workspace.referenceClasses(kata))
                        : workspace.referenceClasses(kata));
                classpath.addAll(workspace.referenceClasspath(kata));
            }
            List<String> jvmOptions = new ArrayList<>();
            Optional<ClassDataArchive> archive = Optional.empty();
            if (shortLived) {
                jvmOptions.addAll(ForkedJvm.SHORT_LIVED);
                archive = ClassDataArchive.of(workspace.cache("jvm"), kata.id(), classpath);
                archive.ifPresent(a -> jvmOptions.addAll(a.jvmOptions()));
            }
            // The kata's own options come later and win.
            jvmOptions.addAll(kata.jvmOptions());
            List<String> jvm = jvmArguments(classpath, jvmOptions, mainClass);
            if (shortLived && !mine) {
                record(kata, args.get(0), jvm, classpath, archive.filter(ClassDataArchive::written));
            }
            int exitCode = java(jvm, args);
            archive.ifPresent(a -> a.settle(exitCode));
            return exitCode;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (scratch != null) {
                deleteTree(scratch);
            }
        }
    }

    /** Runs the kata's JMH benchmarks against the reference; {@code jmhArgs} go to JMH unchanged. */
    public int bench(Kata kata, List<String> jmhArgs) {
        List<Path> classpath = new ArrayList<>();
        classpath.add(workspace.referenceTestClasses(kata));
        classpath.add(workspace.referenceClasses(kata));
        classpath.addAll(workspace.referenceClasspath(kata));
        List<String> args = new ArrayList<>(jmhArgs);
        // JMH takes the benchmarks to run as regular expressions over their names.
        kata.benchmarks().forEach(name -> args.add("^" + java.util.regex.Pattern.quote(name) + "\\."));
        return java(jvmArguments(classpath, kata.jvmOptions(), JMH_MAIN), args);
    }

    /**
     * Records how a short-lived command of the references started, for the {@code kata} script to start it
     * again without this JVM ({@link LaunchRecord}); only once its class-data archive is written, so that the
     * recorded launch maps it. Otherwise the command's record is deleted.
     */
    private void record(Kata kata, String command, List<String> jvm, List<Path> classpath,
            Optional<ClassDataArchive> archive) throws IOException {
        Optional<LaunchRecord> record = LaunchRecord.of(workspace.cache("launch"), kata.id(), command);
        if (record.isEmpty()) {
            return;
        }
        if (archive.isEmpty()) {
            record.get().delete();
            return;
        }
        Path references = workspace.referenceClasses(kata);
        // The JDK's modules file changes when the JDK is updated where it is.
        List<Path> watched = new ArrayList<>(List.of(kata.directory().resolve("kata.yaml"), references,
                references.resolveSibling("kata"), archive.get().file(),
                Path.of(System.getProperty("java.home"), "lib", "modules")));
        watched.addAll(classpath);
        Path stamp = workspace.root().resolve(RecordedClasspath.BUILT_IN_FILE);
        if (Files.exists(stamp)) {
            watched.add(stamp);
        }
        record.get().write(javaBinary().toRealPath(), workspace.root(),
                RecordedClasspath.of(workspace.root()).localRepository(), jvm, watched);
    }

    private static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The JVM's arguments, from its first option to the main class. */
    private static List<String> jvmArguments(List<Path> classpath, List<String> jvmOptions, String mainClass) {
        List<String> arguments = new ArrayList<>();
        arguments.add("-Djava.awt.headless=true");
        arguments.addAll(jvmOptions);
        arguments.add("-cp");
        arguments.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        arguments.add(mainClass);
        return arguments;
    }

    private int java(List<String> jvmArguments, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary().toString());
        command.addAll(jvmArguments);
        command.addAll(args);
        try {
            return new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(output)
                    .redirectError(output)
                    .start()
                    .waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Java", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is not worth failing a run for.
        }
    }
}
