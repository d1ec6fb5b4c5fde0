package dev.mlkatas.catalogue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A kata as the catalogue describes it: what it is, which files a candidate edits, which test classes
 * grade it, its hints, and what `kata run` and `kata bench` start.
 *
 * @param id the kata's name on the command line, e.g. {@code two-sum}
 * @param module the kata module it lives in, e.g. {@code algorithms}
 * @param directory the folder of its catalogue entry and statement, {@code <module>/katas/<id>}
 * @param files the files a candidate edits, relative to the module; the reference has the same paths
 *     under {@code solutions/<module>}
 * @param jvmOptions options for every JVM that runs the kata's code, e.g. {@code --add-opens ...} for Hadoop
 * @param mainClass what {@code kata run} starts, if anything
 * @param shortLivedCommands the main class's commands (its first argument) that answer in about a second, so
 *     that their JVM starts with the client compiler alone and the serial collector, e.g. {@code search}
 * @param benchmarks the JMH benchmark classes {@code kata bench} runs, if any
 * @param mutation what mutation testing of the suite found and leaves out ({@link Mutation#NONE} if nothing)
 * @param tasks the tasks of its statement, in order; every test class names one of them
 * @param allow what the candidate's files may use besides the grader's defaults, as allowlist patterns
 *     ({@code org.apache.hadoop.io.Text}, {@code smile.classification.*}): see GRADING.md, Layer 3
 */
public record Kata(
        String id,
        String title,
        Round round,
        Difficulty difficulty,
        String summary,
        String module,
        Path directory,
        List<String> files,
        List<TestClass> tests,
        int timeLimitSeconds,
        List<String> jvmOptions,
        List<String> hints,
        Optional<String> mainClass,
        List<String> shortLivedCommands,
        List<String> benchmarks,
        Mutation mutation,
        List<String> allow,
        List<Task> tasks) {

    public Kata {
        files = List.copyOf(files);
        tests = List.copyOf(tests);
        hints = List.copyOf(hints);
        jvmOptions = List.copyOf(jvmOptions);
        shortLivedCommands = List.copyOf(shortLivedCommands);
        benchmarks = List.copyOf(benchmarks);
        allow = List.copyOf(allow);
        tasks = List.copyOf(tasks);
    }

    /** Task {@code number} of the statement, if it has one. */
    public Optional<Task> task(int number) {
        return tasks.stream().filter(t -> t.number() == number).findFirst();
    }

    /** The test classes of task {@code number}, in the entry's order. */
    public List<TestClass> testsOf(int number) {
        return tests.stream().filter(t -> t.task() == number).toList();
    }

    /**
     * This kata with only the test classes of task {@code number}, to run them alone.
     *
     * <p>Example: {@code kata.onlyTask(2).tests()} are {@code kata.testsOf(2)}.
     */
    public Kata onlyTask(int number) {
        return withTests(testsOf(number));
    }

    /**
     * This kata without the test classes that mutation testing leaves out (whole jobs on LocalJobRunner, a mini
     * cluster): the suite a check that runs it many times can afford.
     */
    public Kata withoutTestsExcludedFromMutation() {
        Set<String> excluded = mutation.excludedTests().stream().map(Mutation.ExcludedTest::className)
                .collect(Collectors.toSet());
        return withTests(tests.stream().filter(t -> !excluded.contains(t.className())).toList());
    }

    private Kata withTests(List<TestClass> chosen) {
        return new Kata(id, title, round, difficulty, summary, module, directory, files, chosen,
                timeLimitSeconds, jvmOptions, hints, mainClass, shortLivedCommands, benchmarks, mutation, allow, tasks);
    }

    /** The statement, {@code statement.md} beside the catalogue entry. */
    public Path statement() {
        return directory.resolve("statement.md");
    }
}
