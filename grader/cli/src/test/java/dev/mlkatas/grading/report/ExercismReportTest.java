package dev.mlkatas.grading.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code --format json}: results.json in the style of Exercism's test-runner interface. */
@DisplayName("ExercismReport: results.json")
class ExercismReportTest {

    @Test
    @DisplayName("each test says the task it checks beside the kata's task_id; a test of no task says none")
    void namesEachTestsTask() throws Exception {
        JsonNode tests = new ObjectMapper().readTree(GradeFormat.JSON.render(TaskGrades.grade())).get("tests");

        Map<String, Integer> tasks = new HashMap<>();
        for (JsonNode test : tests) {
            assertThat(test.get("task_id").asInt()).isEqualTo(1);
            assertThat(test.has("status")).isTrue();
            tasks.put(test.get("name").asText(), test.has("task") ? test.get("task").asInt() : 0);
        }
        assertThat(tasks).containsEntry("tasks › PairsTest › noPairs()", 1)
                .containsEntry("tasks › RoutesTest › oneRoute()", 2)
                .containsEntry("tasks › hidden test 1", 0)
                .containsEntry("tasks › ExtraTest › extra()", 0)
                .hasSize(6);
    }
}
