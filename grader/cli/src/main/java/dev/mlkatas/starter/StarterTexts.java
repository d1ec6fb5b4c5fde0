package dev.mlkatas.starter;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.grading.Assignment;
import java.util.List;
import java.util.Locale;

/** The files a starter repository gets that the kata repository does not have as such. */
final class StarterTexts {

    private StarterTexts() {}

    /** The assignment as the candidate sees it: no hidden-test folder. */
    static String assignmentFile(Assignment assignment) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("title: ").append(quoted(assignment.title())).append('\n');
        assignment.due().ifPresent(due -> yaml.append("due: ").append(due).append('\n'));
        yaml.append("katas:\n");
        for (Assignment.AssignedKata kata : assignment.katas()) {
            yaml.append("  - id: ").append(kata.id()).append('\n');
            yaml.append("    points: ").append(points(kata.points())).append('\n');
            kata.timeLimitSeconds().ifPresent(s -> yaml.append("    timeLimitSeconds: ").append(s).append('\n'));
        }
        return yaml.toString();
    }

    static String readme(Assignment assignment, List<Kata> katas) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(assignment.title()).append("\n\n");
        assignment.due().ifPresent(due -> md.append("Due: **").append(due).append("**.\n\n"));
        md.append("Your assignment, one kata at a time. Each kata has a statement, one file you edit and the tests "
                + "that grade it. You need a JDK, 17 or newer.\n\n");
        md.append("| kata | points | the file you edit |\n|---|---:|---|\n");
        for (int i = 0; i < katas.size(); i++) {
            Kata kata = katas.get(i);
            md.append("| `").append(kata.id()).append("` ").append(kata.title()).append(" | ")
                    .append(points(assignment.katas().get(i).points())).append(" | ")
                    .append(String.join("<br>", kata.files().stream().map(f -> "`" + kata.module() + "/" + f + "`")
                            .toList()))
                    .append(" |\n");
        }
        String first = katas.get(0).id();
        md.append("""

                ## Practise

                ```sh
                ./kata show %1$s        # the statement
                ./kata test %1$s        # your code against the tests, in seconds
                ./kata hint %1$s        # the next hint
                ./kata grade --assignment assignment.yaml   # your score on the visible tests
                ```

                The first command builds the repository once with the Maven Wrapper.

                ## How you are graded

                Every push runs `.github/workflows/grade.yml`, which grades the visible tests and puts the summary
                on the workflow run's page. Your mentor grades the same files with the original tests, so editing
                or deleting a test changes nothing but is noted, and with hidden tests of their own: you see only
                whether those pass. Property tests run with a fresh random seed each time, so code that only
                handles the examples does not pass.
                """.formatted(first));
        return md.toString();
    }

    static String workflow() {
        return """
                name: grade
                on: [push, pull_request, workflow_dispatch]
                jobs:
                  grade:
                    runs-on: ubuntu-latest
                    timeout-minutes: 30
                    steps:
                      - uses: actions/checkout@v4
                      - uses: actions/setup-java@v4
                        with:
                          distribution: temurin
                          java-version: '17'
                          cache: maven
                      - name: Build
                        run: ./mvnw -B -ntp -q package -DskipTests
                      # Each kata's tests run in a bubblewrap sandbox; Ubuntu lets it make user namespaces
                      # only when AppArmor does not restrict them.
                      - name: Sandbox
                        run: |
                          sudo apt-get install -y -qq bubblewrap
                          sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0 || true
                      - name: Grade
                        run: |
                          ./kata grade --assignment assignment.yaml --require-sandbox \\
                            --format markdown,junit,text --out grade
                      - name: Summary
                        if: always()
                        run: cat grade/summary.md >> "$GITHUB_STEP_SUMMARY"
                      - uses: actions/upload-artifact@v4
                        if: always()
                        with:
                          name: grade
                          path: grade/
                """;
    }

    private static String points(double points) {
        return points == Math.rint(points) ? Long.toString((long) points) : String.format(Locale.ROOT, "%.2f", points);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
