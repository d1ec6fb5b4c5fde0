package dev.mlkatas.mutation;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.TestClass;
import dev.mlkatas.runner.GradeSeeds;
import dev.mlkatas.testing.ForkedJvm;
import dev.mlkatas.testing.SourceCompiler;
import dev.mlkatas.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Mutation testing of one kata's suite against its reference, with PIT: every class the candidate writes
 * is mutated in the reference, and the kata's test classes must notice each mutant.
 *
 * <p>Example: {@code new MutationTester(new Workspace(root)).run(kata, MutationSettings.defaults())}
 *
 * <p>What it runs is read from the catalogue entry alone ({@code files} are the mutated classes,
 * {@code tests} the suite, {@code mutation.excludedTests} the classes left out), so a new kata needs nothing
 * more. PIT's command line runs in a JVM of its own over the class paths the build recorded, and starts
 * its own JVMs for the tests. Those, and only those, see a {@code junit-platform.properties} that gives jqwik
 * fewer tries, its memory under {@code target/} and every property a seed derived from one seed; normal
 * runs of the suite keep their tries.
 */
public final class MutationTester {

    private static final String PIT_MAIN = "org.pitest.mutationtest.commandline.MutationCoverageReport";
    private static final String SOURCES = "src/main/java/";

    private final Workspace workspace;

    public MutationTester(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Runs PIT on the kata and reads its report; PIT's own reports and {@code mutation.json} land in
     * {@link Workspace#mutationDir}.
     *
     * @throws MutationException when the suite does not compile against the reference or PIT fails
     */
    public MutationReport run(Kata kata, MutationSettings settings) {
        long start = System.nanoTime();
        if (!workspace.hasReferences(kata)) {
            throw new MutationException("this copy of the katas has no reference solutions to mutate");
        }
        Path dir = fresh(workspace.mutationDir(kata));
        Path tests = createDirectories(dir.resolve("test-classes"));
        List<Path> reference = new ArrayList<>();
        reference.add(workspace.referenceClasses(kata));
        reference.addAll(workspace.referenceClasspath(kata));
        List<Path> sources = kata.tests().stream().map(t -> workspace.testSources(kata).resolve(t.sourcePath())).toList();
        SourceCompiler.Result compiled = SourceCompiler.compile(sources, reference, List.of(workspace.testSources(kata)),
                tests, workspace.root());
        if (!compiled.success()) {
            throw new MutationException(kata.id() + ": the suite does not compile against the reference:\n"
                    + compiled.messages());
        }

        Path config = createDirectories(dir.resolve("config"));
        write(config.resolve("junit-platform.properties"), jqwikSettings(settings, dir.resolve("jqwik-database")));
        List<Path> classpath = new ArrayList<>(List.of(workspace.referenceClasses(kata), tests));
        if (Files.isDirectory(workspace.testResources(kata))) {
            classpath.add(workspace.testResources(kata));
        }
        classpath.add(config);
        // The reference's class path holds the kata module, stubs included: the references come first.
        classpath.addAll(workspace.referenceClasspath(kata));
        classpath.add(workspace.runnerClasses());
        Path classpathFile = dir.resolve("classpath.txt");
        write(classpathFile, classpath.stream().map(Path::toString).collect(Collectors.joining("\n", "", "\n")));

        Path tmp = createDirectories(dir.resolve("tmp"));
        List<String> args = new ArrayList<>(List.of(
                "--classPathFile", classpathFile.toString(),
                "--mutableCodePaths", workspace.referenceClasses(kata).toString(),
                "--targetClasses", String.join(",", targetClasses(kata)),
                "--targetTests", String.join(",", targetTests(kata)),
                "--sourceDirs", workspace.referenceSources(kata).toString(),
                "--reportDir", dir.resolve("pit").toString(),
                "--outputFormats", "XML,HTML",
                "--timestampedReports", "false",
                "--threads", Integer.toString(settings.threads())));
        // A minion lives tens of seconds, as a grade's test JVM does, and gets the same options.
        List<String> testJvm = new ArrayList<>(ForkedJvm.SHORT_LIVED);
        testJvm.addAll(List.of("-Xmx2g", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-Djava.io.tmpdir=" + tmp, "-D" + GradeSeeds.PROPERTY + "=" + settings.seed()));
        testJvm.addAll(kata.jvmOptions());
        for (String option : testJvm) {
            if (option.contains(",")) {
                throw new MutationException(kata.id() + ": PIT cannot pass a JVM option with a comma: " + option);
            }
        }
        args.add("--jvmArgs");
        args.add(String.join(",", testJvm));
        ForkedJvm.Exit exit = ForkedJvm.run(workspace.mutationToolClasspath(), List.of("-Xmx1g", "-Djava.io.tmpdir=" + tmp),
                PIT_MAIN, args, "", createDirectories(dir.resolve("work")), dir, settings.timeLimit());
        if (exit.timedOut()) {
            throw new MutationException(kata.id() + ": PIT did not finish within " + settings.timeLimit().toMinutes()
                    + " min; its log is " + exit.stdout());
        }
        Path xml = dir.resolve("pit/mutations.xml");
        if (exit.exitCode() != 0 || !Files.isRegularFile(xml)) {
            throw new MutationException(kata.id() + ": PIT failed (exit code " + exit.exitCode() + "); its log is "
                    + exit.stdout() + "\n" + tail(exit.stdout(), 15) + "\n" + exit.stderrTail(15));
        }
        MutationReport report = MutationReport.of(kata, PitReport.read(xml), settings, dir,
                Duration.ofNanos(System.nanoTime() - start));
        report.writeJson();
        return report;
    }

    /** The classes the candidate writes, and the classes nested in them. */
    static List<String> targetClasses(Kata kata) {
        List<String> globs = new ArrayList<>();
        for (String file : kata.files()) {
            if (!file.startsWith(SOURCES) || !file.endsWith(".java")) {
                throw new MutationException(kata.id() + ": file '" + file + "' is not a class under " + SOURCES);
            }
            String name = file.substring(SOURCES.length(), file.length() - ".java".length()).replace('/', '.');
            globs.add(name);
            globs.add(name + "$*");
        }
        return globs;
    }

    /** The kata's test classes, and the classes nested in them, less those left out of mutation testing. */
    static List<String> targetTests(Kata kata) {
        List<String> globs = new ArrayList<>();
        for (TestClass test : kata.withoutTestsExcludedFromMutation().tests()) {
            globs.add(test.className());
            globs.add(test.className() + "$*");
        }
        return globs;
    }

    /** What jqwik reads in PIT's test JVMs (from the class path root, the JUnit Platform's own place). */
    static String jqwikSettings(MutationSettings settings, Path database) {
        return String.join("\n",
                "# Written by kata mutate for PIT's test JVMs only.",
                "jqwik.tries.default = " + settings.tries(),
                "jqwik.database = " + database.toString().replace("\\", "\\\\"),
                // Each mutant is judged by the seed alone, never by a sample that failed for another mutant.
                "jqwik.failures.after.default = RANDOM_SEED",
                "jqwik.reporting.onlyfailures = true",
                "");
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static Path fresh(Path dir) {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clear " + dir, e);
            }
        }
        return createDirectories(dir);
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
