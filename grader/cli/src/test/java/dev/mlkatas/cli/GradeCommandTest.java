package dev.mlkatas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What `kata grade` hands its reports as the command that repeats a grade; grading itself needs a build. */
class GradeCommandTest {

    @TempDir
    Path root;

    @TempDir
    Path elsewhere;

    private GradeCommand parsed(String... options) {
        CommandLine cli = KataCli.commandLine(new BufferedReader(new StringReader("")));
        String[] args = new String[options.length + 3];
        args[0] = "--root";
        args[1] = root.toString();
        args[2] = "grade";
        System.arraycopy(options, 0, args, 3, options.length);
        return (GradeCommand) cli.parseArgs(args).subcommand().commandSpec().userObject();
    }

    @Test
    @DisplayName("repeats the assignment, workspace, hidden tests and time limits given, with the seed")
    void repeatsEveryOptionGiven() {
        GradeCommand grade = parsed("--assignment", root.resolve("assignments/round/assignment.yaml").toString(),
                "--workspace", elsewhere.resolve("my submission").toString(), "--hidden", root.resolve("mentor").toString(),
                "--time-limit", "30", "--compile-time-limit", "5", "--format", "markdown", "--out", "grades",
                "--min-score", "60");

        assertThat(grade.repeat(root.toAbsolutePath().normalize(), -6778)).containsExactly(
                "--assignment", "assignments/round/assignment.yaml",
                "--workspace", elsewhere.toAbsolutePath().normalize().resolve("my submission").toString(),
                "--hidden", "mentor",
                "--time-limit", "30",
                "--compile-time-limit", "5",
                "--seed", "-6778");
    }

    @Test
    @DisplayName("repeats the katas chosen, and leaves out the options that were not given")
    void repeatsKatas() {
        GradeCommand grade = parsed("--katas", "two-sum, churn,two-sum");

        assertThat(grade.repeat(root.toAbsolutePath().normalize(), 5))
                .containsExactly("--katas", "two-sum,churn", "--seed", "5");
    }
}
