package dev.mlkatas.grading.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mlkatas.catalogue.Difficulty;
import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.Mutation;
import dev.mlkatas.catalogue.Round;
import dev.mlkatas.catalogue.Task;
import dev.mlkatas.catalogue.TestClass;
import dev.mlkatas.grading.Grade;
import dev.mlkatas.grading.KataGrade;
import dev.mlkatas.jobs.testing.HeadlessChromium;
import dev.mlkatas.runner.TestResult;
import dev.mlkatas.testing.SuiteReport;
import dev.mlkatas.testing.Submission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format html}: grade.html, one self-contained page, everything from the grade escaped. */
@DisplayName("HtmlReport: the HTML scorecard")
class HtmlReportTest {

    private static final String HOSTILE = "expected <script>alert('x')</script> & \"more\"";

    @TempDir
    Path dir;

    private static Kata kata(String id, String testClass) {
        return new Kata(id, id, Round.CODING, Difficulty.EASY, "summary", "algorithms",
                Path.of("algorithms/katas/" + id), List.of(), List.of(new TestClass(testClass, 2, 1)), 30,
                List.of(), List.of(), Optional.empty(), List.of(), List.of(), Mutation.NONE, List.of(),
                List.of(new Task(1, "task")));
    }

    private static Grade grade() {
        Kata twoSum = kata("two-sum", "dev.mlkatas.twosum.TwoSumTest");
        SuiteReport ran = new SuiteReport(twoSum, Submission.CANDIDATE, SuiteReport.Status.COMPLETED, List.of(
                new TestResult("dev.mlkatas.twosum.TwoSumTest", "findsPairs()", "passed", "", "", "", "", 3),
                new TestResult("dev.mlkatas.twosum.TwoSumTest", "noPairs()", "failed", HOSTILE, "", "", "", 2),
                new TestResult("dev.mlkatas.twosum.TwoSumPropertiesTest", "agreesWithBruteForce", "passed", "", "",
                        "-123", "", 40)),
                "", Set.of(), Duration.ofSeconds(2));
        Kata wordCount = kata("word-count", "dev.mlkatas.wordcount.WordCountTest");
        SuiteReport notRun = SuiteReport.failed(wordCount, "WordCount.java:3: error: <missing> ';'");
        return new Grade(-6778, List.of("--katas", "two-sum,word-count", "--seed", "-6778"), Optional.empty(),
                "/tmp/submission", List.of(new KataGrade(twoSum, 100, ran, List.of()),
                        new KataGrade(wordCount, 100, notRun, List.of())), Instant.EPOCH, Duration.ZERO);
    }

    @Test
    @DisplayName("is written to grade.html and named html")
    void isRegistered() {
        assertThat(GradeFormat.named("html")).isEqualTo(GradeFormat.HTML);
        assertThat(GradeFormat.HTML.fileName()).isEqualTo("grade.html");
    }

    @Test
    @DisplayName("groups each kata's tests by task, with what passed and what failed, tests of no task last")
    void groupsByTask() {
        String html = GradeFormat.HTML.render(grade());

        assertThat(html).contains("<h3>Task 1: task (40 of 80 points; 1 of 2 pass)</h3>",
                "<h3>Tests of no task (20 of 20 points; 1 of 1 pass)</h3>",
                "passed: TwoSumTest › findsPairs()", "failed: TwoSumTest › noPairs()", "(seed -123)",
                "id=\"kata-two-sum\"", "id=\"kata-word-count\"", "The suite did not run");
        assertThat(html.indexOf("<h3>Task 1")).isLessThan(html.indexOf("<h3>Tests of no task"));
    }

    @Test
    @DisplayName("a kata of two tasks: each task once, in the statement's order, with its points and passes")
    void scorecardOfTwoTasks() {
        String html = GradeFormat.HTML.render(TaskGrades.grade());

        String first = "<h3>Task 1: find the pairs (2 of 4 points; 1 of 2 pass)</h3>";
        String second = "<h3>Task 2: routes &lt;under&gt; windows (2 of 2 points; 2 of 2 pass)</h3>";
        String rest = "<h3>Tests of no task (1 of 2 points; 1 of 2 pass)</h3>";
        assertThat(html).contains(first, second, rest).containsOnlyOnce("<h3>Task 1").containsOnlyOnce("<h3>Task 2")
                .doesNotContain("<under>");
        assertThat(html.indexOf(first)).isLessThan(html.indexOf(second));
        assertThat(html.indexOf(second)).isLessThan(html.indexOf(rest));
        assertThat(html.substring(html.indexOf(first), html.indexOf(second)))
                .contains("passed: PairsTest › findsPairs()", "failed: PairsTest › noPairs()")
                .doesNotContain("RoutesTest");
        assertThat(html.substring(html.indexOf(second), html.indexOf(rest)))
                .contains("passed: RoutesTest › oneRoute()", "passed: RoutesTest › twoRoutes()");
        assertThat(html.substring(html.indexOf(rest))).contains("passed: hidden test 1", "failed: ExtraTest › extra()")
                .doesNotContain("SecretTest");
    }

    @Test
    @DisplayName("shows a failure message with markup in it as text, escaped")
    void escapesMessages() {
        String html = GradeFormat.HTML.render(grade());

        assertThat(html).doesNotContain("<script>").doesNotContain("<missing>")
                .contains("expected &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
                .contains("&lt;missing&gt;");
    }

    @Test
    @DisplayName("ends with the seed and the whole command that repeats the grade, and loads nothing from outside")
    void repeatsAndStandsAlone() {
        String html = GradeFormat.HTML.render(grade());

        assertThat(html).contains("<code id=\"seed\">-6778</code>")
                .contains("<code id=\"repeat\">./kata grade --katas two-sum,word-count --seed -6778</code>")
                .doesNotContain("http://", "https://", "<link", "src=");
    }

    @Test
    @DisplayName("a headless Chromium renders the file with every kata id (skipped without Chromium)")
    void rendersInABrowser() throws Exception {
        Optional<HeadlessChromium> chromium = HeadlessChromium.onPath();
        assumeTrue(chromium.isPresent(), "no chromium on the PATH");
        Path file = Files.writeString(dir.resolve("grade.html"), GradeFormat.HTML.render(grade()));
        String dom = chromium.get().dumpDom(file.toUri().toString(), dir);

        assertThat(dom).contains("id=\"kata-two-sum\"", "id=\"kata-word-count\"", "&lt;script&gt;alert")
                .doesNotContain("<script>");
    }
}
