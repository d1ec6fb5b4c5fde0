package dev.mlkatas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.mlkatas.catalogue.Catalogue;
import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.TestClass;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
    private static final int TIME_LIMIT_SECONDS = 15;
    private static final Pattern SCORE = Pattern.compile(": ([\\d.]+) of 100 points");

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
                            .filter(f -> !f.getFileName().toString().equals("solved")).sorted().toList()) {
                        String name = kata.id() + "/" + folder.getFileName();
                        tests.add(dynamicTest(name, () -> grade(kata, folder, scratch.resolve(name))));
                    }
                }
            }
        }
        return tests.stream();
    }

    private static void grade(Kata kata, Path folder, Path workspace) throws IOException {
        Properties expected = properties(folder.resolve("case.properties"));
        writeSubmission(kata, folder, expected, workspace);
        String before = Files.readString(ROOT.resolve(kata.module()).resolve("src/test/java")
                .resolve(kata.tests().get(0).sourcePath()));
        int timeLimit = Integer.parseInt(expected.getProperty("timeLimitSeconds", Integer.toString(TIME_LIMIT_SECONDS)));
        List<String> args = new ArrayList<>(List.of("grade", "--katas", kata.id(), "--workspace", workspace.toString(),
                "--time-limit", Integer.toString(timeLimit), "--seed", "1"));
        if (Boolean.parseBoolean(expected.getProperty("hidden", "false"))) {
            args.addAll(List.of("--hidden", HIDDEN.toString()));
        }

        long start = System.nanoTime();
        CliRun run = CliRun.kata(ROOT, args.toArray(String[]::new));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        String report = run.out();
        Matcher score = SCORE.matcher(report);
        assertThat(score.find()).as("a score in:\n%s%s", report, run.err()).isTrue();
        double percent = Double.parseDouble(score.group(1));
        assertThat(percent).as("score of %s in:\n%s", folder.getFileName(), report)
                .isBetween(Double.parseDouble(expected.getProperty("minPercent")),
                        Double.parseDouble(expected.getProperty("maxPercent")));
        assertThat(report).contains(expected.getProperty("reason", ""));
        assertThat(took).isLessThan(Duration.ofSeconds(timeLimit + 45));
        assertThat(report).doesNotContain(HIDDEN.toString()).doesNotContain("TwoSumHiddenTest");
        assertThat(ROOT.resolve(kata.module()).resolve("src/test/java").resolve(kata.tests().get(0).sourcePath()))
                .as("the grader's own tests after grading").content().isEqualTo(before);
    }

    /**
     * The kata's tests as shipped, and the candidate's files: the kata's honest solution ({@code solved/}, laid
     * out like the kata's module) with the case's code put in at its markers.
     */
    private static void writeSubmission(Kata kata, Path folder, Properties expected, Path workspace) throws IOException {
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
                        .replace("// hostile: static", expected.getProperty("static", ""))
                        .replace("// hostile: before", expected.getProperty("before", ""));
                Path candidate = module.resolve(solved.relativize(file).toString());
                Files.createDirectories(candidate.getParent());
                Files.writeString(candidate, source);
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
