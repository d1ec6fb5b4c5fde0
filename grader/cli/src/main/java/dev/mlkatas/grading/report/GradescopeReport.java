package dev.mlkatas.grading.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlkatas.grading.Grade;
import dev.mlkatas.grading.KataGrade;
import dev.mlkatas.grading.TestScore;

/** Gradescope's autograder results.json: score, max_score, execution_time and one entry per test. */
final class GradescopeReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradescopeReport() {}

    static String render(Grade grade) {
        ObjectNode root = JSON.createObjectNode();
        root.put("score", Numbers.round(grade.points()));
        root.put("max_score", Numbers.round(grade.maxPoints()));
        root.put("execution_time", Math.max(1, Math.round(grade.elapsed().toMillis() / 1000.0)));
        root.put("output", "Test JVMs: " + grade.sandbox() + ". "
                + "Seed " + grade.seed() + " (" + grade.repeatCommand() + " repeats this grade).");
        root.put("visibility", "visible");
        ArrayNode tests = root.putArray("tests");
        for (KataGrade kata : grade.katas()) {
            if (!kata.ran()) {
                ObjectNode test = tests.addObject();
                test.put("name", kata.kata().id());
                test.put("score", 0);
                test.put("max_score", Numbers.round(kata.maxPoints()));
                test.put("status", "failed");
                test.put("output", kata.problem());
                test.put("visibility", "visible");
                continue;
            }
            for (TestScore score : kata.tests()) {
                ObjectNode test = tests.addObject();
                test.put("name", kata.kata().id() + " › " + score.name());
                test.put("score", Numbers.round(score.points()));
                test.put("max_score", Numbers.round(score.maxPoints()));
                test.put("status", score.status().equals("passed") ? "passed" : "failed");
                String output = score.message().isEmpty() ? score.output() : score.message();
                test.put("output", output);
                test.put("visibility", "visible");
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
