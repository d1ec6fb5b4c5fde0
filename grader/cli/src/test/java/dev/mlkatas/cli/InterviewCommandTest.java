package dev.mlkatas.cli;

import static dev.mlkatas.cli.CliRun.kataAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.FixtureRepository;
import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.runner.TestResult;
import dev.mlkatas.testing.Submission;
import dev.mlkatas.testing.SuiteReport;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code kata interview} across commands, on a fixture with katas in three rounds and a clock the tests set:
 * nothing waits for the time to pass.
 */
class InterviewCommandTest {

    private static final Instant START = Instant.parse("2026-12-05T23:50:00Z");

    @TempDir
    Path root;

    @BeforeEach
    void createRepository() {
        FixtureRepository fixture = FixtureRepository.create(root);
        addKata(fixture, "counter", "coding", "");
        addKata(fixture, "ranker", "ir-ranking", "");
        addKata(fixture, "auc", "modelling", """

                ## Follow-ups the interviewer asks

                - **Explain this AUC to a leader.** One leaver and one stayer: how often is the leaver
                  ranked riskier?
                - **The log outgrows one machine.** Count on Hadoop.
                """);
    }

    /** A kata of one task that reuses the fixture's candidate file and tests. */
    private static void addKata(FixtureRepository fixture, String id, String round, String followUps) {
        fixture.write("fixture/katas/" + id + "/kata.yaml", """
                id: %s
                title: The %s kata
                round: %s
                difficulty: easy
                files:
                  - src/main/java/demo/Adder.java
                tests:
                  - class: demo.AdderTest
                    points: 1
                    task: 1
                """.formatted(id, id, round));
        fixture.write("fixture/katas/" + id + "/statement.md", "# " + id + "\n\n## Task 1: the only one\n" + followUps);
    }

    private static Clock at(Duration sinceStart) {
        return Clock.fixed(START.plus(sinceStart), ZoneOffset.UTC);
    }

    private static Duration minutes(long minutes, long seconds) {
        return Duration.ofMinutes(minutes).plusSeconds(seconds);
    }

    private CliRun kata(Duration sinceStart, String... args) {
        return kataAt(root, at(sinceStart), args);
    }

    /** What {@code kata test} does after a run of {@code kata}'s tests in which {@code passed} tasks passed. */
    private Optional<String> testRun(Duration sinceStart, String id, Submission submission, boolean passed) {
        Context context = new Context(root, new BufferedReader(new StringReader("")), at(sinceStart));
        Kata kata = context.catalogue().get(id);
        TestResult result = new TestResult("demo.AdderTest", "adds", passed ? "passed" : "failed", "", "", "", "", 1);
        SuiteReport report = new SuiteReport(kata.onlyTask(1), submission, SuiteReport.Status.COMPLETED,
                List.of(result), "", Set.of(), Duration.ofSeconds(1));
        return RunningInterview.afterTest(context, kata, report);
    }

    @Test
    @DisplayName("starts an interview of the round asked, prints its kata and keeps it for the commands that follow")
    void startsOneRound() {
        CliRun run = kata(Duration.ZERO, "interview", "--round", "modelling", "--minutes", "30", "--seed", "5");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).startsWith(
                "Mock interview: 1 round, 30 minutes, from 23:50 to 00:20.",
                "",
                "ROUND      KATA  TASKS  TITLE",
                "modelling  auc   1      The auc kata");
        assertThat(run.out()).contains("Seed 5: ./kata interview --round modelling --seed 5 draws the same katas.");
        assertThat(root.resolve(".kata/interview.json")).isRegularFile();
        assertThat(kata(Duration.ofMinutes(1), "progress").out())
                .contains("auc, 2026-12-05 23:50, 30 min: task 1 not passed");
    }

    @Test
    @DisplayName("the whole onsite: a kata for each round with katas, 45 minutes each, the same for the same seed")
    void seededOnsite() {
        CliRun first = kata(Duration.ZERO, "interview", "--seed", "42");
        kata(Duration.ofMinutes(1), "interview", "--finish");
        CliRun second = kata(Duration.ofMinutes(2), "interview", "--seed", "42");

        assertThat(first.out()).contains("Mock interview: 3 rounds, 135 minutes")
                .containsPattern("\ncoding +(adder|counter) ")
                .containsPattern("\nIR and ranking +ranker ")
                .containsPattern("\nmodelling +auc ");
        assertThat(table(second.out())).isEqualTo(table(first.out()));
    }

    private static List<String> table(String out) {
        return out.lines().filter(line -> line.startsWith("coding") || line.startsWith("IR")).toList();
    }

    @Test
    @DisplayName("a kata asked for takes its round; the short and the catalogue's names of a round are one round")
    void chosenKataAndRoundNames() {
        CliRun run = kata(Duration.ZERO, "interview", "--round", "ir-ranking,coding", "--kata", "counter");

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).contains("coding          counter  1      The counter kata",
                "IR and ranking  ranker   1      The ranker kata");
        assertThat(run.out())
                .containsPattern("Seed -?\\d+: \\./kata interview --round coding,ir --kata counter --seed");
    }

    @Test
    @DisplayName("each test run records when each task of an interview's kata first passed, and shows the clock")
    void recordsTaskTimes() {
        kata(Duration.ZERO, "interview", "--round", "coding", "--kata", "adder", "--minutes", "30");

        assertThat(testRun(minutes(2, 0), "adder", Submission.CANDIDATE, false))
                .contains("Interview: 2:00 of 30:00, 28:00 left; adder: no task passed yet (0 of 2)");
        assertThat(testRun(minutes(4, 12), "adder", Submission.CANDIDATE, true))
                .contains("Interview: 4:12 of 30:00, 25:48 left; adder: task 1 at 4:12 (1 of 2 passed)");
        assertThat(testRun(minutes(9, 0), "adder", Submission.CANDIDATE, true))
                .contains("Interview: 9:00 of 30:00, 21:00 left; adder: task 1 at 4:12 (1 of 2 passed)");

        CliRun status = kata(minutes(12, 34), "interview", "--status");
        assertThat(status.out().lines()).containsExactly(
                "Interview: 12:34 of 30:00, 17:26 left.",
                "",
                "ROUND   KATA   TASK                PASSED AT",
                "coding  adder  1. two small ints   4:12",
                "               2. in either order  -",
                "",
                "1 of 2 tasks passed.");
        assertThat(kata(minutes(13, 0), "progress").out()).contains(
                "Mock interviews (the time from the start to each task's first passing run):\n"
                        + "  adder, 2026-12-05 23:50, 30 min: task 1 4:12, task 2 not passed\n");
    }

    @Test
    @DisplayName("a run of the reference records nothing, and a kata outside the interview is named as such")
    void referenceAndOtherKatas() {
        kata(Duration.ZERO, "interview", "--round", "coding", "--kata", "adder", "--minutes", "30");

        assertThat(testRun(minutes(1, 0), "adder", Submission.REFERENCE, true))
                .contains("Interview: 1:00 of 30:00, 29:00 left; adder: no task passed yet (0 of 2)");
        assertThat(testRun(minutes(1, 5), "auc", Submission.CANDIDATE, true))
                .contains("Interview: 1:05 of 30:00, 28:55 left; auc is not one of its katas (adder)");
        assertThat(testRun(minutes(1, 5), "adder", Submission.CANDIDATE, false)).isPresent();
    }

    @Test
    @DisplayName("without an interview a test run adds nothing")
    void noInterview() {
        assertThat(testRun(Duration.ZERO, "adder", Submission.CANDIDATE, true)).isEmpty();
        assertThat(root.resolve(".kata/progress.json")).doesNotExist();
    }

    @Test
    @DisplayName("once the time is up, test runs say so, and status shows the interviewer's follow-ups")
    void timeIsUp() {
        kata(Duration.ZERO, "interview", "--round", "modelling", "--minutes", "30");

        assertThat(testRun(minutes(31, 0), "auc", Submission.CANDIDATE, true)).contains(
                "Interview: time is up (31:00 of 30:00); ./kata interview --status shows the follow-ups; "
                        + "auc: task 1 at 31:00 (1 of 1 passed)");
        CliRun status = kata(minutes(47, 10), "interview", "--status");

        assertThat(status.exit()).isZero();
        assertThat(status.out()).startsWith("Time is up: 47:10 of 30:00, over by 17:10.\n")
                .contains("modelling  auc   1. the only one  31:00 (over time)")
                .contains("The interviewer's follow-ups:\n\nauc (modelling round):\n"
                        + "  - **Explain this AUC to a leader.** One leaver and one stayer: how often is the leaver\n"
                        + "    ranked riskier?\n"
                        + "  - **The log outgrows one machine.** Count on Hadoop.\n")
                .endsWith("./kata interview --finish ends the interview.\n");
    }

    @Test
    @DisplayName("before the time is up, status shows no follow-ups")
    void noFollowUpsBeforeTime() {
        kata(Duration.ZERO, "interview", "--round", "modelling", "--minutes", "30");

        assertThat(kata(minutes(29, 59), "interview", "--status").out())
                .startsWith("Interview: 29:59 of 30:00, 0:01 left.").doesNotContain("follow-ups");
    }

    @Test
    @DisplayName("finish prints the times and every kata's follow-ups, ends the interview and keeps the times")
    void finishes() {
        kata(Duration.ZERO, "interview", "--round", "coding,modelling", "--kata", "adder,auc");
        testRun(minutes(20, 0), "auc", Submission.CANDIDATE, true);

        CliRun finish = kata(minutes(61, 1), "interview", "--finish");

        assertThat(finish.exit()).isZero();
        assertThat(finish.out()).startsWith("Interview over after 1:01:01 of 1:30:00 (seed ")
                .contains("modelling  auc    1. the only one     20:00")
                .contains("1 of 3 tasks passed.")
                .contains("adder (coding round):\n  (its statement has no follow-up questions)")
                .contains("  - **The log outgrows one machine.** Count on Hadoop.")
                .endsWith("Your times are kept with your progress: ./kata progress shows them.\n");
        assertThat(root.resolve(".kata/interview.json")).doesNotExist();
        assertThat(testRun(minutes(62, 0), "auc", Submission.CANDIDATE, true)).isEmpty();
        assertThat(kata(minutes(63, 0), "progress").out()).contains("  auc, 2026-12-05 23:50, 90 min: task 1 20:00");
        assertThat(kata(minutes(63, 0), "interview", "--status").err())
                .isEqualTo("kata: no interview is running; start one with: ./kata interview\n");
    }

    @Test
    @DisplayName("a second interview does not start while one runs")
    void oneAtATime() {
        kata(Duration.ZERO, "interview", "--round", "coding", "--minutes", "30");

        CliRun again = kata(minutes(5, 0), "interview");

        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("kata: an interview is already running (5:00 of 30:00, 25:00 left); "
                + "./kata interview --status shows it, --finish ends it\n");
        assertThat(kata(minutes(5, 0), "interview", "--round", "frontend").err())
                .startsWith("kata: no round 'frontend'");
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(List.of("--round", "frontend"), "no round 'frontend'; the rounds are coding, ir, design, "
                        + "modelling (or ir-ranking, system-design as kata.yaml names them)"),
                Arguments.of(List.of("--minutes", "0"), "--minutes must be above 0, not 0"),
                Arguments.of(List.of("--minutes", "-5"), "--minutes must be above 0, not -5"),
                Arguments.of(List.of("--kata", "nope"),
                        "unknown kata 'nope'; known katas: adder, counter, ranker, auc"),
                Arguments.of(List.of("--round", "ir", "--kata", "adder"),
                        "adder is a coding kata, and the interview has only ir; add --round coding"),
                Arguments.of(List.of("--kata", "adder,counter"),
                        "adder and counter are both coding katas; an interview has one kata a round"),
                Arguments.of(List.of("--round", "design"), "the catalogue has no kata in the design round"),
                Arguments.of(List.of("--status", "--finish"), "--status and --finish do not go together: give one"),
                Arguments.of(List.of("--status", "--seed", "3"),
                        "--seed starts an interview and does not go with --status"),
                Arguments.of(List.of("--finish"), "no interview is running; start one with: ./kata interview"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    @DisplayName("bad input is one line naming the problem, exit code 2, and no interview")
    void refusesBadInput(List<String> options, String message) {
        String[] args = Stream.concat(Stream.of("interview"), options.stream()).toArray(String[]::new);

        CliRun run = kata(Duration.ZERO, args);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kata: " + message + "\n");
        assertThat(run.out()).isEmpty();
        assertThat(Files.exists(root.resolve(".kata/interview.json"))).isFalse();
    }

    @Test
    @DisplayName("--help names the rounds in both spellings, and the status and finish options")
    void help() {
        CliRun run = kata(Duration.ZERO, "interview", "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("coding, ir, design or").contains("ir-ranking and system-design")
                .contains("--status").contains("--finish").contains("--seed").contains("--minutes");
    }
}
