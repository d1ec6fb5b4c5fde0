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

/** Gradescope's autograder results.json: score, max_score, execution_time and one entry per test. */
final class GradescopeReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradescopeReport() {}

    static String render(Grade grade) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode tests = JSON.createArrayNode();
        long score = 0;
        long maxScore = 0;
        for (KataGrade kata : grade.katas()) {
            long kataMax = Cents.of(kata.maxPoints());
            maxScore += kataMax;
            if (!kata.ran()) {
                ObjectNode test = tests.addObject();
                test.put("name", kata.kata().id());
                test.put("score", 0);
                test.put("max_score", Cents.points(kataMax));
                test.put("status", "failed");
                test.put("output", kata.problem());
                test.put("visibility", "visible");
                continue;
            }
            // Rounded one by one, the tests' points would not add up to the kata's; shared out, they do.
            List<TestScore> scores = kata.tests();
            long[] max = Cents.apportion(scores.stream().mapToDouble(TestScore::maxPoints).toArray(), kataMax);
            for (int i = 0; i < scores.size(); i++) {
                TestScore testScore = scores.get(i);
                boolean passed = testScore.status().equals("passed");
                score += passed ? max[i] : 0;
                ObjectNode test = tests.addObject();
                test.put("name", kata.kata().id() + " › " + testScore.name());
                test.put("score", passed ? Cents.points(max[i]) : 0);
                test.put("max_score", Cents.points(max[i]));
                test.put("status", passed ? "passed" : "failed");
                String output = testScore.message().isEmpty() ? testScore.output() : testScore.message();
                test.put("output", output);
                test.put("visibility", "visible");
            }
        }
        root.put("score", Cents.points(score));
        root.put("max_score", Cents.points(maxScore));
        root.put("execution_time", Math.max(1, Math.round(grade.elapsed().toMillis() / 1000.0)));
        root.put("output", "Test JVMs: " + grade.sandbox() + ". "
                + "Seed " + grade.seed() + " (" + grade.repeatCommand() + " repeats this grade).");
        root.put("visibility", "visible");
        root.set("tests", tests);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
