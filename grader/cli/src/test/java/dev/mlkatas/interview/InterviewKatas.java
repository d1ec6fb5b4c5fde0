package dev.mlkatas.interview;

import dev.mlkatas.catalogue.Difficulty;
import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.Mutation;
import dev.mlkatas.catalogue.Round;
import dev.mlkatas.catalogue.Task;
import dev.mlkatas.catalogue.TestClass;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Katas as the catalogue would read them, for the interview's tests: task N is checked by class {@code TaskN}. */
final class InterviewKatas {

    private InterviewKatas() {}

    static Kata kata(String id, Round round, int tasks) {
        List<Task> all = new ArrayList<>();
        List<TestClass> tests = new ArrayList<>();
        for (int n = 1; n <= tasks; n++) {
            all.add(new Task(n, "task " + n));
            tests.add(new TestClass(testClass(id, n), 1, n));
        }
        return new Kata(id, id, round, Difficulty.EASY, "", "module", Path.of("module/katas", id),
                List.of("Solution.java"), tests, 60, List.of(), List.of(), Optional.empty(), List.of(),
                List.of(), Mutation.NONE, List.of(), all);
    }

    static String testClass(String id, int task) {
        return "demo." + id.replace("-", "") + ".Task" + task;
    }
}
