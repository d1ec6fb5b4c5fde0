package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Catalogue;
import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.grading.Assignment;
import dev.mlkatas.grading.AssignmentFile;
import dev.mlkatas.grading.Grade;
import dev.mlkatas.grading.Grader;
import dev.mlkatas.grading.KataGrade;
import dev.mlkatas.grading.report.GradeFormat;
import dev.mlkatas.sandbox.Jail;
import dev.mlkatas.sandbox.Sandbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kata grade}: grades the candidate files of a folder with this repository's pristine tests and writes
 * a scorecard. Exit code 0 when the total reaches {@code --min-score} percent, 1 below it, 2 for a usage error.
 */
@Command(name = "grade", description = "Grade a submission with the pristine tests and write a scorecard.")
final class GradeCommand extends Subcommand implements Callable<Integer> {

    /** The most characters a report file holds. */
    static final int MAX_REPORT = 16 * 1024 * 1024;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "The submission: a folder laid out like this repository (default: this repository).")
    private Path workspace;

    @ArgGroup(exclusive = true)
    private Selection selection = new Selection();

    static final class Selection {
        @Option(names = "--katas", split = ",", paramLabel = "ID", description = "The katas to grade (default: all).")
        List<String> katas = new ArrayList<>();

        @Option(names = "--assignment", paramLabel = "FILE", description = "An assignment file (YAML or JSON).")
        Path assignment;
    }

    @Option(names = "--hidden", paramLabel = "DIR",
            description = "A folder of hidden tests, laid out like this repository.")
    private Path hidden;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, gradescope, junit, markdown or html; several separated by commas.")
    private List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Write each report to a file in this folder.")
    private Path out;

    @Option(names = "--min-score", paramLabel = "N", defaultValue = "0",
            description = "Exit with 1 when the total is below N percent (default: ${DEFAULT-VALUE}).")
    private double minScore;

    @Option(names = "--seed", paramLabel = "S",
            description = "Repeat a grade: every property test's seed derives from it.")
    private Long seed;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "One time limit for every kata.")
    private Integer timeLimit;

    @Option(names = "--compile-time-limit", paramLabel = "SECONDS",
            description = "How long the compiler may take for one kata's files (default: 30).")
    private Integer compileTimeLimit;

    @Option(names = "--require-sandbox",
            description = "Exit with 2 before grading when the test JVMs cannot run in a sandbox (bubblewrap).")
    private boolean requireSandbox;

    @Override
    public Integer call() {
        Context context = context();
        Catalogue catalogue = context.catalogue();
        List<GradeFormat> chosen = chosenFormats();
        Optional<Assignment> assignment = Optional.ofNullable(selection.assignment)
                .map(file -> readAssignment(file, catalogue));
        Optional<Path> hiddenTests = Optional.ofNullable(hidden).or(() -> assignment.flatMap(Assignment::hiddenTests));
        if (hiddenTests.isPresent() && !Files.isDirectory(hiddenTests.get())) {
            throw new UserException("hidden test folder " + hiddenTests.get() + " does not exist");
        }
        Path submission = workspace == null ? context.workspace().root() : workspace.toAbsolutePath().normalize();
        if (!Files.isDirectory(submission)) {
            throw new UserException("workspace " + workspace + " is not a folder");
        }
        if (timeLimit != null && timeLimit < 1) {
            throw new UserException("--time-limit must be at least 1 second");
        }
        if (compileTimeLimit != null && compileTimeLimit < 1) {
            throw new UserException("--compile-time-limit must be at least 1 second");
        }
        checkOutputs(chosen);
        List<Grader.Item> items = items(catalogue, assignment);
        long gradeSeed = seed != null ? seed : new SecureRandom().nextLong();

        Sandbox sandbox = sandbox(context.workspace().root(), hiddenTests);
        PrintWriter err = err();
        err.println("Grading " + items.size() + (items.size() == 1 ? " kata" : " katas") + " in " + submission
                + " with seed " + gradeSeed + " ...");
        err.flush();
        List<String> repeat = repeat(context.workspace().root(), gradeSeed);
        // The text report names the sandbox too: said here only when that report does not follow on the terminal.
        if (out != null || !chosen.contains(GradeFormat.TEXT)) {
            err.println("Test JVMs: " + sandbox.description());
            err.flush();
        }
        Grader grader = new Grader(context.workspace(), sandbox);
        if (compileTimeLimit != null) {
            grader = grader.withCompileTimeLimit(Duration.ofSeconds(compileTimeLimit));
        }
        Grade grade = grader.grade(items, submission, assignment, hiddenTests, gradeSeed, repeat);
        for (KataGrade graded : grade.katas()) {
            err.println("  " + graded.kata().id() + ": " + String.format(java.util.Locale.ROOT, "%.2f", graded.points())
                    + " of " + String.format(java.util.Locale.ROOT, "%.2f", graded.maxPoints()));
        }
        err.flush();
        write(grade, chosen);
        return grade.percent() + 1e-9 >= minScore ? 0 : 1;
    }

    /**
     * Layer 4: probes bubblewrap once for the whole grade, with the references, the hidden tests, the
     * reports' folder and the grader's state out of the sandbox's sight.
     */
    private Sandbox sandbox(Path root, Optional<Path> hiddenTests) {
        List<Path> outOfSight = new ArrayList<>();
        hiddenTests.ifPresent(outOfSight::add);
        Optional.ofNullable(out).ifPresent(outOfSight::add);
        Sandbox sandbox = Sandbox.probe(Jail.of(root, outOfSight));
        if (requireSandbox && !sandbox.isolated()) {
            throw new UserException("--require-sandbox: the test JVMs cannot run in a sandbox here ("
                    + sandbox.description() + ")");
        }
        return sandbox;
    }

    /**
     * The arguments that repeat this grade: every option that chose what is graded and how, with the seed. The
     * report's formats, folder and pass mark change nothing in the grade, so they are left out.
     */
    List<String> repeat(Path root, long gradeSeed) {
        List<String> arguments = new ArrayList<>();
        if (selection.assignment != null) {
            arguments.addAll(List.of("--assignment", typed(root, selection.assignment)));
        } else if (!selection.katas.isEmpty()) {
            arguments.addAll(List.of("--katas",
                    String.join(",", selection.katas.stream().map(String::strip).distinct().toList())));
        }
        if (workspace != null) {
            arguments.addAll(List.of("--workspace", typed(root, workspace)));
        }
        if (hidden != null) {
            arguments.addAll(List.of("--hidden", typed(root, hidden)));
        }
        if (timeLimit != null) {
            arguments.addAll(List.of("--time-limit", timeLimit.toString()));
        }
        if (compileTimeLimit != null) {
            arguments.addAll(List.of("--compile-time-limit", compileTimeLimit.toString()));
        }
        arguments.addAll(List.of("--seed", Long.toString(gradeSeed)));
        return arguments;
    }

    /**
     * A path as typed at the top of the repository, where {@code ./kata} runs: relative inside the repository,
     * absolute outside it, since the folder the grade ran in may be another.
     */
    private static String typed(Path root, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            return absolute.toString();
        }
        String relative = root.relativize(absolute).toString();
        return relative.isEmpty() ? "." : relative;
    }

    private List<GradeFormat> chosenFormats() {
        LinkedHashSet<GradeFormat> chosen = new LinkedHashSet<>();
        for (String name : formats) {
            try {
                chosen.add(GradeFormat.named(name));
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
        }
        return List.copyOf(chosen);
    }

    private static Assignment readAssignment(Path file, Catalogue catalogue) {
        try {
            return AssignmentFile.read(file, catalogue);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    private List<Grader.Item> items(Catalogue catalogue, Optional<Assignment> assignment) {
        Optional<Duration> override = Optional.ofNullable(timeLimit).map(Duration::ofSeconds);
        if (assignment.isPresent()) {
            return assignment.get().katas().stream()
                    .map(a -> new Grader.Item(catalogue.get(a.id()), a.points(),
                            override.or(() -> a.timeLimitSeconds().map(Duration::ofSeconds))))
                    .toList();
        }
        List<Kata> katas = selection.katas.isEmpty()
                ? catalogue.katas()
                : selection.katas.stream().map(String::strip).distinct().map(catalogue::get).toList();
        return katas.stream().map(k -> new Grader.Item(k, 100, override)).toList();
    }

    /**
     * Refuses before any grading starts if {@code --out} is a link or not a folder, or a report would take the
     * place of anything that exists (a file, a link, a named pipe); then creates {@code --out}.
     */
    private void checkOutputs(List<GradeFormat> chosen) {
        if (out == null) {
            return;
        }
        if (Files.isSymbolicLink(out)) {
            throw new UserException("--out " + out + " is a symbolic link; give a folder");
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserException("--out " + out + " is a file, not a folder");
        }
        for (GradeFormat format : chosen) {
            Path report = out.resolve(format.fileName());
            if (Files.exists(report, LinkOption.NOFOLLOW_LINKS)) {
                throw new UserException(report + (Files.isRegularFile(report, LinkOption.NOFOLLOW_LINKS)
                        ? " already exists; choose another --out"
                        : " exists and is not a regular file (a link or a pipe); choose another --out"));
            }
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UserException("cannot create --out " + out + ": " + e.getMessage());
        }
    }

    /**
     * Writes each report whole to a temporary file of {@code --out} and moves it into place, so that nothing
     * that appeared under a report's name while grading (a link, a pipe) is followed or written through.
     */
    private void write(Grade grade, List<GradeFormat> chosen) {
        PrintWriter stdout = out();
        try {
            for (GradeFormat format : chosen) {
                String report = capped(format.render(grade));
                if (out == null) {
                    stdout.print(report);
                } else {
                    Path target = out.resolve(format.fileName());
                    Path partial = Files.createTempFile(out, "." + format.fileName() + "-", ".partial");
                    Files.writeString(partial, report);
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    err().println("Wrote " + target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports to " + out, e);
        }
        stdout.flush();
        err().flush();
    }

    /** A report is built from capped texts; this bounds it all the same. */
    private static String capped(String report) {
        return report.length() <= MAX_REPORT ? report
                : report.substring(0, MAX_REPORT) + "\n… (the report was cut at " + MAX_REPORT + " characters)\n";
    }
}
