package dev.mlkatas.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tasks of a statement, from its {@code ## Task N: title} headings, checked against the {@code task} of
 * each test class in the kata's entry. A statement without such headings is one task, the whole kata.
 *
 * <p>Example: {@code StatementTasks.read("algorithms/katas/two-sum/kata.yaml", statement, tests)}
 */
final class StatementTasks {

    // "## Task 3 (advanced): the gradient" is task 3; "### 2a. Distance" is part of task 2, not a task.
    private static final Pattern HEADING = Pattern.compile("^## +Task +(\\d+)\\b[^:\\n]*:?[ \\t]*(.*)$",
            Pattern.MULTILINE);
    private static final Pattern TITLE = Pattern.compile("^# +(.+)$", Pattern.MULTILINE);

    private StatementTasks() {}

    /** The statement's tasks; a {@link CatalogueException} naming {@code name} if the tests do not fit them. */
    static List<Task> read(String name, Path statement, List<TestClass> tests) {
        String text;
        try {
            text = Files.readString(statement);
        } catch (IOException e) {
            throw new CatalogueException(name + ": statement.md beside it cannot be read: " + e.getMessage());
        }
        List<Task> tasks = headings(name, text);
        if (tasks.isEmpty()) {
            Matcher title = TITLE.matcher(text);
            tasks = List.of(new Task(1, title.find() ? title.group(1).strip() : "the whole kata"));
        }
        for (TestClass test : tests) {
            if (test.task() == 0) {
                throw new CatalogueException(name + ": test class " + test.className() + " has no task: give it "
                        + "'task: N', the task of statement.md it checks (" + Task.range(tasks.size()) + ")");
            }
            if (test.task() < 1 || test.task() > tasks.size()) {
                throw new CatalogueException(name + ": test class " + test.className() + " names task "
                        + test.task() + ", but statement.md has " + Task.range(tasks.size()));
            }
        }
        for (Task task : tasks) {
            if (tests.stream().noneMatch(t -> t.task() == task.number())) {
                throw new CatalogueException(name + ": task " + task.number() + " of statement.md (" + task.title()
                        + ") has no test class: give its tests 'task: " + task.number() + "'");
            }
        }
        return List.copyOf(tasks);
    }

    private static List<Task> headings(String name, String text) {
        List<Task> tasks = new ArrayList<>();
        Matcher heading = HEADING.matcher(text);
        while (heading.find()) {
            int number = Integer.parseInt(heading.group(1));
            if (number != tasks.size() + 1) {
                throw new CatalogueException(name + ": the task headings of statement.md must count 1, 2, 3...: "
                        + "'Task " + number + "' comes " + (tasks.isEmpty() ? "first" : "after 'Task " + tasks.size()
                        + "'"));
            }
            tasks.add(new Task(number, heading.group(2).strip()));
        }
        return tasks;
    }
}
