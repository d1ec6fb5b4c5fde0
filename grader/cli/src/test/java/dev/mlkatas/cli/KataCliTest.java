package dev.mlkatas.cli;

import static dev.mlkatas.cli.CliRun.kata;
import static dev.mlkatas.cli.CliRun.kataAnswering;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.FixtureRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that need no build: the catalogue, statements, hints, solutions and progress. */
class KataCliTest {

    @TempDir
    Path root;

    @BeforeEach
    void createRepository() {
        FixtureRepository.create(root);
    }

    @Test
    @DisplayName("list prints one row per kata with its round, difficulty, mutation score and status")
    void listsKatas() {
        CliRun run = kata(root, "list");

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "ID     TITLE  ROUND   DIFFICULTY  MUTATION  STATUS",
                "adder  Adder  coding  easy        -         not started");
    }

    @Test
    @DisplayName("list and show give the mutation score a kata's entry records")
    void showsRecordedMutationScore() {
        FixtureRepository.create(root).write("fixture/katas/adder/kata.yaml", FixtureRepository.ENTRY + """
                mutation:
                  score: 96
                  mutants: 25
                  killed: 23
                  equivalent:
                    - mutant: "Adder.add line 5: negated conditional"
                      reason: both branches add
                """);

        assertThat(kata(root, "list").out()).contains("adder  Adder  coding  easy        96 %      not started");
        assertThat(kata(root, "show", "adder").out())
                .contains("Mutation score of its suite: 96 % (23 of 25 mutants killed, 1 listed as equivalent; "
                        + "./kata mutate adder).");
    }

    @Test
    @DisplayName("show prints the statement and the file to edit")
    void showsStatement() {
        CliRun run = kata(root, "show", "adder");

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .startsWith("# Adder\n\nAdd two ints.\n")
                .contains("  fixture/src/main/java/demo/Adder.java")
                .contains("./kata test adder");
    }

    @Test
    @DisplayName("show lists the statement's tasks with the test classes that check each")
    void showsTasks() {
        CliRun run = kata(root, "show", "adder");

        assertThat(run.out()).contains(
                "Its tasks and the test classes that check them (./kata test adder --task N):\n"
                        + "  1. two small ints: AdderTest\n"
                        + "  2. in either order: AdderPropertiesTest\n");
    }

    @Test
    @DisplayName("test --task with a task the statement does not have is one line and exit code 2")
    void unknownTask() {
        CliRun run = kata(root, "test", "adder", "--task", "3");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kata: adder has tasks 1 to 2; there is no task 3\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @DisplayName("an unknown kata is a usage error that lists the known ones")
    void unknownKata() {
        CliRun run = kata(root, "show", "adderr");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kata: unknown kata 'adderr'; known katas: adder\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @DisplayName("a broken catalogue entry is one line naming the file, and exit code 2")
    void brokenCatalogue() {
        FixtureRepository.create(root).write("fixture/katas/adder/kata.yaml", "id: adder\n");

        CliRun run = kata(root, "list");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kata: fixture/katas/adder/kata.yaml: 'title' is missing\n");
    }

    @Test
    @DisplayName("hint reveals the hints one at a time, then repeats them all")
    void revealsHintsInTurn() {
        assertThat(kata(root, "hint", "adder").out()).isEqualTo("Hint 1 of 3: Use the plus sign.\n");
        assertThat(kata(root, "hint", "adder").out()).isEqualTo("Hint 2 of 3: Really, a + b.\n");
        assertThat(kata(root, "hint", "adder").out()).isEqualTo("Hint 3 of 3: return a + b;\n");
        assertThat(kata(root, "hint", "adder").out().lines()).containsExactly(
                "All 3 hints of adder are shown:",
                "Hint 1 of 3: Use the plus sign.",
                "Hint 2 of 3: Really, a + b.",
                "Hint 3 of 3: return a + b;");
    }

    @Test
    @DisplayName("solution prints the reference once the candidate answers yes")
    void solutionAfterYes() {
        CliRun run = kataAnswering(root, "y\n", "solution", "adder");

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("Show the reference solution of adder?")
                .contains("// solutions/fixture/src/main/java/demo/Adder.java")
                .contains("return a + b;");
    }

    @Test
    @DisplayName("solution prints nothing of the reference when the candidate answers no")
    void noSolutionAfterNo() {
        CliRun run = kataAnswering(root, "n\n", "solution", "adder");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Not shown.").doesNotContain("return a + b;");
    }

    @Test
    @DisplayName("solution refuses when nobody can answer, unless told --yes")
    void solutionNeedsConfirmation() {
        CliRun unanswered = kata(root, "solution", "adder");
        assertThat(unanswered.exit()).isEqualTo(2);
        assertThat(unanswered.out()).doesNotContain("return a + b;");
        assertThat(unanswered.err()).contains("pass --yes");

        CliRun yes = kata(root, "solution", "--yes", "adder");
        assertThat(yes.exit()).isZero();
        assertThat(yes.out()).contains("return a + b;");
    }

    @Test
    @DisplayName("progress summarises status and hints of every kata")
    void summarisesProgress() {
        kata(root, "hint", "adder");

        CliRun run = kata(root, "progress");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("adder  coding  not started  1 of 3  never")
                .contains("0 of 1 katas passing, 0 started.");
    }

    @Test
    @DisplayName("a command that does not exist is a usage error")
    void unknownCommand() {
        assertThat(kata(root, "tset", "adder").exit()).isEqualTo(2);
    }

    @Test
    @DisplayName("an unknown command is one line naming it and the known commands, whatever the script put before it")
    void unknownCommandNamesCommands() {
        CliRun run = kata(root, "frobnicate");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kata: unknown command 'frobnicate'; known commands: list, show, test, watch, "
                + "hint, solution, progress, run, bench, mutate, grade, assign, interview, help\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @DisplayName("every command answers --help and -h with its usage and exit code 0")
    void everyCommandHasHelp() {
        for (String command : KataCli.commandLine(null).getSubcommands().keySet()) {
            for (String help : new String[] {"--help", "-h"}) {
                CliRun run = kata(root, command, help);

                assertThat(run.exit()).as("kata %s %s", command, help).isZero();
                assertThat(run.out()).as("kata %s %s", command, help).contains("Usage: kata " + command);
                assertThat(run.err()).as("kata %s %s", command, help).isEmpty();
            }
        }
    }

    @Test
    @DisplayName("bench on a kata whose benchmarks are not JMH's names the page that says how to run them")
    void benchPointsToBenchmarksPage() {
        FixtureRepository.create(root).write("fixture/katas/adder/benchmarks.md", "# Adder: benchmarks\n");

        CliRun run = kata(root, "bench", "adder");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kata: adder has no JMH benchmarks for kata bench; its benchmarks and how to "
                + "run them are in fixture/katas/adder/benchmarks.md\n");
    }

    @Test
    @DisplayName("bench on a kata without benchmarks says so")
    void benchWithoutBenchmarks() {
        CliRun run = kata(root, "bench", "adder");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kata: adder has no benchmarks\n");
    }
}
