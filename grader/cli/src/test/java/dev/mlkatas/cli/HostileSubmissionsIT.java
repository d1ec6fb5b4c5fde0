package dev.mlkatas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.mlkatas.RepositoryCopy;
import dev.mlkatas.catalogue.Catalogue;
import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.TestClass;
import dev.mlkatas.grading.Grade;
import dev.mlkatas.grading.Grader;
import dev.mlkatas.intake.CandidateCompiler;
import dev.mlkatas.workspace.Workspace;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grades the corpus of hostile submissions in {@code src/test/resources/hostile} with the real grader: each
 * scores what it honestly earns, says why, and the grade ends in bounded time (see the corpus's README).
 */
class HostileSubmissionsIT {

    private static final Path ROOT = Path.of(System.getProperty("kata.root", "../..")).toAbsolutePath().normalize();
    private static final Path CORPUS = Path.of("src/test/resources/hostile").toAbsolutePath();
    private static final Path HIDDEN = ROOT.resolve("assignments/coding-round/hidden");
    /**
     * The default time limit, far above what an honest suite needs on an idle machine (about 5 s for two-sum), so
     * that a busy one does not turn an honest grade into "time limit"; the cases that are meant to run into the
     * limit set a short one of their own. {@code -Dhostile.timeLimitSeconds=N} sets another default.
     */
    private static final int TIME_LIMIT_SECONDS = Integer.getInteger("hostile.timeLimitSeconds", 60);
    /** {@code -Dhostile.only=honest,links} grades only the cases whose names contain one of these words. */
    private static final List<String> ONLY = List.of(System.getProperty("hostile.only", "").split(",")).stream()
            .filter(word -> !word.isBlank()).toList();
    private static final Pattern SCORE = Pattern.compile(": ([\\d.]+) of 100 points");
    /** Set in this test's environment by the build: no report may show it. */
    private static final String SECRET = System.getenv().getOrDefault("KATA_HOSTILE_SECRET", "s3cr3t-not-set");
    private static final Path INSIDE = ROOT.resolve("grader/cli/target/hostile-inside");

    @TestFactory
    @DisplayName("every hostile submission scores what it honestly earns, with a reason, in bounded time")
    Stream<DynamicTest> hostileSubmissions(@TempDir Path scratch) throws IOException {
        Catalogue catalogue = Catalogue.load(ROOT);
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> katas = Files.list(CORPUS)) {
            for (Path kataFolder : katas.filter(Files::isDirectory).sorted().toList()) {
                Kata kata = catalogue.get(kataFolder.getFileName().toString());
                try (Stream<Path> cases = Files.list(kataFolder)) {
                    for (Path folder : cases.filter(Files::isDirectory)
                            .filter(f -> !f.getFileName().toString().equals("solved"))
                            .filter(f -> ONLY.isEmpty() || ONLY.stream().anyMatch(f.getFileName().toString()::contains))
                            .sorted().toList()) {
                        String name = kata.id() + "/" + folder.getFileName();
                        tests.add(dynamicTest(name, () -> grade(kata, folder, scratch.resolve(name))));
                    }
                }
            }
        }
        return tests.stream();
    }

    private static void grade(Kata kata, Path folder, Path scratch) throws IOException, InterruptedException {
        Properties expected = properties(folder.resolve("case.properties"));
        // Some attacks need the submission inside the grading repository (a relative link to solutions/).
        Path workspace = Boolean.parseBoolean(expected.getProperty("insideRepository", "false"))
                ? INSIDE.resolve(kata.id() + "-" + folder.getFileName()) : scratch.resolve("submission");
        deleteTree(workspace);
        Path out = scratch.resolve("out");
        writeSubmission(kata, folder, expected, workspace, out);
        Path grading = expected.containsKey("provided") ? providing(kata, expected, scratch, out) : ROOT;
        Snapshot repository = Snapshot.of(ROOT, kata);
        int timeLimit = Integer.parseInt(
                expected.getProperty("timeLimitSeconds", Integer.toString(TIME_LIMIT_SECONDS)));
        List<String> args = new ArrayList<>(List.of("grade", "--katas", kata.id(), "--workspace", workspace.toString(),
                "--time-limit", Integer.toString(timeLimit), "--seed", "1", "--format", "text,json,gradescope",
                "--out", out.toString()));
        if (expected.containsKey("compileTimeLimitSeconds")) {
            args.addAll(List.of("--compile-time-limit", expected.getProperty("compileTimeLimitSeconds")));
        }
        if (Boolean.parseBoolean(expected.getProperty("hidden", "false"))) {
            args.addAll(List.of("--hidden", HIDDEN.toString()));
        }
        for (String pipe : expected.getProperty("outPipes", "").split(",")) {
            if (!pipe.isBlank()) {
                Files.createDirectories(out);
                assumeTrue(new ProcessBuilder("mkfifo", out.resolve(pipe.strip()).toString()).start().waitFor() == 0);
            }
        }

        long start = System.nanoTime();
        CliRun run = CliRun.kata(grading, args.toArray(String[]::new));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isLessThan(Duration.ofSeconds(timeLimit + CandidateCompiler.TIME_LIMIT.toSeconds() + 45));
        repository.assertUnchanged();
        if (expected.containsKey("exitCode")) {
            assertThat(run.exit()).as(run.err()).isEqualTo(Integer.parseInt(expected.getProperty("exitCode")));
            assertThat(run.err().strip()).contains(expected.getProperty("reason", "")).doesNotContain("\n");
            return;
        }

        String report = Files.readString(out.resolve("grade.txt"));
        Matcher score = SCORE.matcher(report);
        assertThat(score.find()).as("a score in:\n%s%s", report, run.err()).isTrue();
        double percent = Double.parseDouble(score.group(1));
        assertThat(percent).as("score of %s in:\n%s", folder.getFileName(), report)
                .isBetween(Double.parseDouble(expected.getProperty("minPercent")),
                        Double.parseDouble(expected.getProperty("maxPercent")));
        assertThat(report).contains(expected.getProperty("reason", ""));
        if (expected.containsKey("provided")) {
            assertThat(report).as("a case that goes through a provided class passes the allowlist")
                    .doesNotContain("refused:");
        }
        for (String format : List.of("grade.txt", "results.json", "gradescope.json")) {
            String written = Files.readString(out.resolve(format));
            assertThat(written).as(format).doesNotContain(HIDDEN.toString()).doesNotContain("TwoSumHiddenTest")
                    .doesNotContain(SECRET).doesNotContain("root:x:0:0");
        }
        int settle = Integer.parseInt(expected.getProperty("settleSeconds", "0"));
        if (settle > 0) {
            // Anything the submission left running would rewrite the reports now.
            String json = Files.readString(out.resolve("results.json"));
            Thread.sleep(settle * 1000L);
            assertThat(out.resolve("grade.txt")).content().isEqualTo(report);
            assertThat(out.resolve("results.json")).content().isEqualTo(json);
            repository.assertUnchanged();
        }
        if (expected.containsKey("seedsLike")) {
            Map<String, String> seeds = seeds(grading, kata, workspace);
            if (!seeds.isEmpty()) {
                Path honest = scratch.resolve("honest");
                writeSubmission(kata, folder.resolveSibling(expected.getProperty("seedsLike")),
                        properties(folder.resolveSibling(expected.getProperty("seedsLike")).resolve("case.properties")),
                        honest, out);
                assertThat(seeds).as("property seeds").isEqualTo(seeds(grading, kata, honest));
            }
        }
    }

    /** Each property's seed in a grade with seed 1, by test name; empty when the suite did not run. */
    private static Map<String, String> seeds(Path grading, Kata kata, Path workspace) {
        Grade grade = new Grader(new Workspace(grading)).grade(List.of(new Grader.Item(kata, 100,
                Optional.of(Duration.ofSeconds(TIME_LIMIT_SECONDS)))), workspace, Optional.empty(), Optional.empty(),
                1, List.of());
        Map<String, String> seeds = new TreeMap<>();
        grade.katas().get(0).tests().stream().filter(t -> !t.seed().isEmpty())
                .forEach(t -> seeds.put(t.name(), t.seed()));
        return seeds;
    }

    /**
     * A grading repository in which the kata's module provides one more class, {@code Loopholes} in the package of
     * its first candidate file, whose {@code run()} does what the case's {@code provided} says: the allowlist lets a
     * candidate call the kata's provided classes, so through it the case reaches the layer behind the allowlist.
     */
    private static Path providing(Kata kata, Properties expected, Path scratch, Path out) throws IOException {
        Path copy = scratch.resolve("grading");
        deleteTree(copy);
        RepositoryCopy.of(ROOT, kata.module(), copy);
        String file = kata.files().get(0);
        String pkg = file.substring("src/main/java/".length(), file.lastIndexOf('/')).replace('/', '.');
        Path source = scratch.resolve("provided").resolve("Loopholes.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package " + pkg + ";\n\npublic final class Loopholes {\n"
                + "    private Loopholes() {}\n\n    public static void run() {\n"
                + expected.getProperty("provided").replace("${out}", out.toString()) + "\n    }\n}\n");
        Path classes = copy.resolve(kata.module()).resolve("target/classes");
        int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d",
                classes.toString(), source.toString());
        assertThat(exit).as("compiling the provided Loopholes").isZero();
        return copy;
    }

    /**
     * The kata's tests as shipped, and the candidate's files: the kata's honest solution ({@code solved/}, laid
     * out like the kata's module) with the case's code put in at its markers, {@code after} appended, and
     * {@code ${out}} standing for the folder the reports go to; or, for {@code link}, a symbolic link.
     */
    /** The case's {@code static} code, {@code staticCopies} times, with {@code ${n}} the copy's number. */
    private static String staticCode(Properties expected) {
        String code = expected.getProperty("static", "");
        int copies = Integer.parseInt(expected.getProperty("staticCopies", "1"));
        return IntStream.range(0, copies).mapToObj(n -> code.replace("${n}", Integer.toString(n)))
                .collect(Collectors.joining("\n"));
    }

    private static void writeSubmission(Kata kata, Path folder, Properties expected, Path workspace, Path out)
            throws IOException {
        Path module = workspace.resolve(kata.module());
        for (TestClass test : kata.tests()) {
            Path target = module.resolve("src/test/java").resolve(test.sourcePath());
            Files.createDirectories(target.getParent());
            Files.copy(ROOT.resolve(kata.module()).resolve("src/test/java").resolve(test.sourcePath()), target);
        }
        Path solved = folder.getParent().resolve("solved");
        try (Stream<Path> files = Files.walk(solved)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String source = Files.readString(file)
                        .replace("// hostile: static", staticCode(expected))
                        .replace("// hostile: before", expected.getProperty("before", ""))
                        + expected.getProperty("after", "")
                        + "x".repeat(Integer.parseInt(expected.getProperty("lineBytes", "0"))) + "\n";
                Path candidate = module.resolve(solved.relativize(file).toString());
                Files.createDirectories(candidate.getParent());
                Files.writeString(candidate, source.replace("${out}", out.toString()));
            }
        }
        String link = expected.getProperty("link", "");
        if (!link.isEmpty()) {
            link(kata, module, link);
        }
    }

    /** Replaces the kata's first candidate file, or its folder, by a symbolic link (see the corpus's README). */
    private static void link(Kata kata, Path module, String kind) throws IOException {
        Path file = module.resolve(kata.files().get(0));
        Path reference = ROOT.resolve("solutions").resolve(kata.module()).resolve(kata.files().get(0));
        Path target = switch (kind) {
            case "reference" -> reference;
            case "reference-relative" -> file.getParent().relativize(reference);
            case "folder" -> reference.getParent();
            default -> Path.of(kind);
        };
        Path replaced = kind.equals("folder") ? file.getParent() : file;
        deleteTree(replaced);
        Files.createSymbolicLink(replaced, target);
    }

    /** The kata module's sources, as they were before a grade. */
    private record Snapshot(Path dir, Map<Path, String> files) {
        static Snapshot of(Path root, Kata kata) throws IOException {
            return of(root.resolve(kata.module()).resolve("src"));
        }

        static Snapshot of(Path dir) throws IOException {
            Map<Path, String> files = new TreeMap<>();
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    files.put(file, Files.readString(file));
                }
            }
            return new Snapshot(dir, files);
        }

        void assertUnchanged() throws IOException {
            assertThat(of(dir).files()).as("the grader's sources after grading").isEqualTo(files);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir)) {
            Files.delete(dir);
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
