package dev.mlkatas.grading.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlkatas.grading.Grade;
import dev.mlkatas.grading.KataGrade;
import dev.mlkatas.grading.TestScore;
import java.util.List;

/**
 * Results in the style of Exercism's test-runner interface, version 3: an overall status, and per test a
 * status, message, output (at most 500 characters) and {@code task_id}, here the kata's place in the grade;
 * beside them {@code task}, the task of the kata's statement the test checks, for a test that belongs to one.
 */
final class ExercismReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int MAX_OUTPUT = 500;

    private ExercismReport() {}

    static String render(Grade grade) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 3);
        List<KataGrade> katas = grade.katas();
        boolean noneRan = katas.stream().noneMatch(KataGrade::ran);
        boolean allPass = katas.stream()
                .allMatch(k -> k.ran() && k.tests().stream().allMatch(t -> t.status().equals("passed")));
        root.put("status", noneRan ? "error" : allPass ? "pass" : "fail");
        if (noneRan) {
            root.put("message", katas.isEmpty() ? "nothing to grade" : katas.get(0).problem());
        }
        root.put("seed", grade.seed());
        root.put("sandbox", grade.sandbox());
        ArrayNode tests = root.putArray("tests");
        for (int i = 0; i < katas.size(); i++) {
            KataGrade kata = katas.get(i);
            if (!kata.ran()) {
                ObjectNode test = tests.addObject();
                test.put("name", kata.kata().id());
                test.put("status", "error");
                test.put("message", kata.problem());
                test.put("task_id", i + 1);
                continue;
            }
            for (TestScore score : kata.tests()) {
                if (score.status().equals("skipped")) {
                    continue;
                }
                ObjectNode test = tests.addObject();
                test.put("name", kata.kata().id() + " › " + score.name());
                test.put("status", score.status().equals("passed") ? "pass" : "fail");
                if (!score.message().isEmpty()) {
                    test.put("message", score.message());
                }
                if (!score.output().isEmpty()) {
                    test.put("output", Numbers.cut(score.output(), MAX_OUTPUT));
                }
                test.put("task_id", i + 1);
                if (score.task() > 0) {
                    test.put("task", score.task());
                }
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
