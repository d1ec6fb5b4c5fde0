package dev.mlkatas.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlkatas.FixtureRepository;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogueTest {

    @TempDir
    Path root;

    @Test
    @DisplayName("reads a kata's entry with its module, files, tests, hints and job")
    void readsAnEntry() {
        FixtureRepository.create(root);

        Kata adder = Catalogue.load(root).get("adder");

        assertThat(adder.title()).isEqualTo("Adder");
        assertThat(adder.round()).isEqualTo(Round.CODING);
        assertThat(adder.difficulty()).isEqualTo(Difficulty.EASY);
        assertThat(adder.module()).isEqualTo("fixture");
        assertThat(adder.files()).containsExactly("src/main/java/demo/Adder.java");
        assertThat(adder.tests()).containsExactly(
                new TestClass("demo.AdderTest", 1, 1), new TestClass("demo.AdderPropertiesTest", 2, 2));
        assertThat(adder.tasks()).containsExactly(new Task(1, "two small ints"), new Task(2, "in either order"));
        assertThat(adder.hints()).hasSize(3);
        assertThat(adder.timeLimitSeconds()).isEqualTo(60);
        assertThat(adder.jvmOptions()).containsExactly("-Dfixture.greeting=hello");
        assertThat(adder.mainClass()).contains("demo.AdderMain");
        assertThat(adder.statement()).isEqualTo(root.resolve("fixture/katas/adder/statement.md"));
        assertThat(adder.mutation()).isEqualTo(Mutation.NONE);
    }

    @Test
    @DisplayName("reads the mutation record: the score, the tests left out, unreachable code, equivalent mutants")
    void readsMutationRecord() {
        FixtureRepository.create(root).write("fixture/katas/adder/kata.yaml", FixtureRepository.ENTRY + """
                mutation:
                  score: 93
                  mutants: 30
                  killed: 27
                  excludedTests:
                    - class: demo.AdderPropertiesTest
                      reason: too slow
                  unreachable:
                    - method: Adder$Cache.fill
                      reason: only the benchmark calls it
                    - method: Adder.add
                      line: 12
                      reason: only for arrays too large for a test
                  equivalent:
                    - mutant: "Adder.add line 5: changed conditional boundary"
                      reason: both branches return b when a is 0
                """);

        Mutation mutation = Catalogue.load(root).get("adder").mutation();

        assertThat(mutation.recorded()).contains(new Mutation.Score(93, 30, 27));
        assertThat(mutation.excludedTests()).containsExactly(new Mutation.ExcludedTest("demo.AdderPropertiesTest", "too slow"));
        assertThat(mutation.unreachable()).containsExactly(
                new Mutation.UnreachableCode("Adder$Cache.fill", null, "only the benchmark calls it"),
                new Mutation.UnreachableCode("Adder.add", 12, "only for arrays too large for a test"));
        assertThat(mutation.unreachable()).extracting(Mutation.UnreachableCode::where)
                .containsExactly("Adder$Cache.fill", "Adder.add line 12");
        assertThat(mutation.equivalent()).containsExactly(new Mutation.EquivalentMutant(
                "Adder.add line 5: changed conditional boundary", "both branches return b when a is 0"));
    }

    @Test
    @DisplayName("rejects a mutation record that leaves out a test the kata does not have, or gives no reason")
    void rejectsBadMutationRecords() {
        FixtureRepository fixture = FixtureRepository.create(root);
        fixture.write("fixture/katas/adder/kata.yaml", FixtureRepository.ENTRY
                + "mutation:\n  excludedTests:\n    - class: demo.OtherTest\n      reason: slow\n");
        assertThatThrownBy(() -> Catalogue.load(root)).hasMessage("fixture/katas/adder/kata.yaml: "
                + "mutation.excludedTests names demo.OtherTest, which is not one of the kata's tests");

        fixture.write("fixture/katas/adder/kata.yaml", FixtureRepository.ENTRY
                + "mutation:\n  equivalent:\n    - mutant: \"Adder.add line 5: negated conditional\"\n");
        assertThatThrownBy(() -> Catalogue.load(root))
                .hasMessage("fixture/katas/adder/kata.yaml: 'mutation.equivalent[].reason' is missing");

        fixture.write("fixture/katas/adder/kata.yaml", FixtureRepository.ENTRY
                + "mutation:\n  unreachable:\n    - method: addSlowly\n      reason: benchmark only\n");
        assertThatThrownBy(() -> Catalogue.load(root)).hasMessage(
                "fixture/katas/adder/kata.yaml: mutation.unreachable method 'addSlowly' is not written as Class.method");
    }

    @Test
    @DisplayName("a recorded score needs its mutants and killed mutants, and must be a possible measurement")
    void rejectsIncompleteScores() {
        FixtureRepository fixture = FixtureRepository.create(root);
        fixture.write("fixture/katas/adder/kata.yaml", FixtureRepository.ENTRY + "mutation:\n  score: 93\n");
        assertThatThrownBy(() -> Catalogue.load(root))
                .hasMessage("fixture/katas/adder/kata.yaml: mutation needs score, mutants and killed together");

        fixture.write("fixture/katas/adder/kata.yaml", FixtureRepository.ENTRY
                + "mutation:\n  score: 93\n  mutants: 10\n  killed: 12\n");
        assertThatThrownBy(() -> Catalogue.load(root)).hasMessage("fixture/katas/adder/kata.yaml: "
                + "mutation score 93 % with 12 of 10 mutants killed is not a measurement");
    }

    @Test
    @DisplayName("lists katas in interview order: by round, then module and id")
    void ordersByRound() {
        FixtureRepository fixture = FixtureRepository.create(root);
        fixture.write("fixture/katas/ranker/kata.yaml", FixtureRepository.ENTRY
                .replace("id: adder", "id: ranker").replace("round: coding", "round: system-design"));
        fixture.write("fixture/katas/ranker/statement.md", FixtureRepository.STATEMENT);
        fixture.write("fixture/katas/crf/kata.yaml", FixtureRepository.ENTRY
                .replace("id: adder", "id: crf").replace("round: coding", "round: ir-ranking"));
        fixture.write("fixture/katas/crf/statement.md", FixtureRepository.STATEMENT);

        assertThat(Catalogue.load(root).katas()).extracting(Kata::id).containsExactly("adder", "crf", "ranker");
    }

    @Test
    @DisplayName("names the file and the key when an entry has a key it does not know")
    void rejectsUnknownKeys() {
        FixtureRepository.create(root).write("fixture/katas/adder/kata.yaml",
                FixtureRepository.ENTRY + "hint: singular\n");

        assertThatThrownBy(() -> Catalogue.load(root))
                .isInstanceOf(CatalogueException.class)
                .hasMessageStartingWith("fixture/katas/adder/kata.yaml line ")
                .hasMessageContaining("unknown key 'hint'");
    }

    @Test
    @DisplayName("rejects a round that is not one of the interview's")
    void rejectsUnknownRound() {
        FixtureRepository.create(root).write("fixture/katas/adder/kata.yaml",
                FixtureRepository.ENTRY.replace("round: coding", "round: lunch"));

        assertThatThrownBy(() -> Catalogue.load(root))
                .hasMessageStartingWith("fixture/katas/adder/kata.yaml line 3: ")
                .hasMessageContaining("lunch");
    }

    @Test
    @DisplayName("requires the id to match the kata's folder")
    void requiresIdToMatchFolder() {
        FixtureRepository.create(root).write("fixture/katas/adder/kata.yaml",
                FixtureRepository.ENTRY.replace("id: adder", "id: subtractor"));

        assertThatThrownBy(() -> Catalogue.load(root))
                .hasMessage("fixture/katas/adder/kata.yaml: id 'subtractor' must match its folder name 'adder'");
    }

    @Test
    @DisplayName("requires every file the candidate edits to exist")
    void requiresCandidateFiles() {
        FixtureRepository.create(root).write("fixture/katas/adder/kata.yaml",
                FixtureRepository.ENTRY.replace("demo/Adder.java", "demo/Missing.java"));

        assertThatThrownBy(() -> Catalogue.load(root))
                .hasMessage("fixture/katas/adder/kata.yaml: file 'src/main/java/demo/Missing.java' does not exist in fixture");
    }

    @Test
    @DisplayName("requires every test class to have a source in the module")
    void requiresTestSources() {
        FixtureRepository.create(root).write("fixture/katas/adder/kata.yaml",
                FixtureRepository.ENTRY.replace("demo.AdderTest", "demo.GoneTest"));

        assertThatThrownBy(() -> Catalogue.load(root))
                .hasMessage("fixture/katas/adder/kata.yaml: test class demo.GoneTest has no source in fixture/src/test/java");
    }

    @Test
    @DisplayName("requires a statement beside the entry")
    void requiresStatement() {
        FixtureRepository fixture = FixtureRepository.create(root);
        fixture.path("fixture/katas/adder/statement.md").toFile().delete();

        assertThatThrownBy(() -> Catalogue.load(root))
                .hasMessage("fixture/katas/adder/kata.yaml: statement.md is missing beside it");
    }

    @Test
    @DisplayName("requires at least one test class")
    void requiresTests() {
        FixtureRepository.create(root).write("fixture/katas/adder/kata.yaml", """
                id: adder
                title: Adder
                round: coding
                difficulty: easy
                files:
                  - src/main/java/demo/Adder.java
                tests: []
                """);

        assertThatThrownBy(() -> Catalogue.load(root))
                .hasMessage("fixture/katas/adder/kata.yaml: 'tests' must list at least one entry");
    }

    @Test
    @DisplayName("refuses two katas with the same id")
    void refusesDuplicateIds() {
        FixtureRepository fixture = FixtureRepository.create(root);
        fixture.write("other/katas/adder/kata.yaml", FixtureRepository.ENTRY);
        fixture.write("other/katas/adder/statement.md", FixtureRepository.STATEMENT);
        fixture.write("other/src/main/java/demo/Adder.java", FixtureRepository.STUB);
        fixture.write("other/src/test/java/demo/AdderTest.java", "class AdderTest {}");
        fixture.write("other/src/test/java/demo/AdderPropertiesTest.java", "class AdderPropertiesTest {}");

        assertThatThrownBy(() -> Catalogue.load(root))
                .hasMessage("kata id 'adder' is used twice: in fixture/katas/adder and in other/katas/adder");
    }

    @Test
    @DisplayName("finds a kata in a module nested in an aggregator, and none in the references' folder")
    void findsKatasInNestedModules() {
        FixtureRepository fixture = FixtureRepository.create(root);
        fixture.write("design/systems/katas/doubler/kata.yaml", FixtureRepository.ENTRY.replace("adder", "doubler"));
        fixture.write("design/systems/katas/doubler/statement.md", FixtureRepository.STATEMENT);
        fixture.write("design/systems/src/main/java/demo/Adder.java", FixtureRepository.STUB);
        fixture.write("design/systems/src/test/java/demo/AdderTest.java", "class AdderTest {}");
        fixture.write("design/systems/src/test/java/demo/AdderPropertiesTest.java", "class AdderPropertiesTest {}");
        fixture.write("solutions/design/katas/tripler/kata.yaml", FixtureRepository.ENTRY.replace("adder", "tripler"));

        Catalogue catalogue = Catalogue.load(root);

        assertThat(catalogue.katas()).extracting(Kata::id).containsExactlyInAnyOrder("adder", "doubler");
        assertThat(catalogue.get("doubler").module()).isEqualTo("design/systems");
    }

    @Test
    @DisplayName("lists the known ids when asked for an unknown one")
    void unknownIdListsKnownOnes() {
        FixtureRepository.create(root);

        assertThatThrownBy(() -> Catalogue.load(root).get("two-summ"))
                .isInstanceOf(UnknownKataException.class)
                .hasMessage("unknown kata 'two-summ'; known katas: adder");
    }

    @Test
    @DisplayName("reads the statement's tasks, and which test classes check each")
    void readsTasks() {
        FixtureRepository.create(root);

        Kata adder = Catalogue.load(root).get("adder");

        assertThat(adder.task(2)).contains(new Task(2, "in either order"));
        assertThat(adder.task(3)).isEmpty();
        assertThat(adder.testsOf(1)).extracting(TestClass::className).containsExactly("demo.AdderTest");
        assertThat(adder.onlyTask(2).tests()).extracting(TestClass::className)
                .containsExactly("demo.AdderPropertiesTest");
    }

    @Test
    @DisplayName("a statement without task headings is one task, titled by its heading")
    void statementWithoutTasksIsOneTask() {
        FixtureRepository.create(root)
                .write("fixture/katas/adder/statement.md", "# Adder\n\nAdd two ints.\n")
                .write("fixture/katas/adder/kata.yaml", FixtureRepository.ENTRY.replace("task: 2", "task: 1"));

        assertThat(Catalogue.load(root).get("adder").tasks()).containsExactly(new Task(1, "Adder"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTasks")
    @DisplayName("refuses test classes and statements whose tasks do not fit, naming the entry")
    void refusesBadTasks(String what, String entry, String statement, String message) {
        FixtureRepository.create(root)
                .write("fixture/katas/adder/kata.yaml", entry)
                .write("fixture/katas/adder/statement.md", statement);

        assertThatThrownBy(() -> Catalogue.load(root))
                .isInstanceOf(CatalogueException.class)
                .hasMessage("fixture/katas/adder/kata.yaml: " + message);
    }

    static Stream<Arguments> badTasks() {
        String entry = FixtureRepository.ENTRY;
        String statement = FixtureRepository.STATEMENT;
        return Stream.of(
                Arguments.of("a test class without a task", entry.replace("    task: 1\n", ""), statement,
                        "test class demo.AdderTest has no task: give it 'task: N', the task of statement.md it "
                                + "checks (tasks 1 to 2)"),
                Arguments.of("a task the statement does not have", entry.replace("task: 2", "task: 3"), statement,
                        "test class demo.AdderPropertiesTest names task 3, but statement.md has tasks 1 to 2"),
                Arguments.of("task 0", entry.replace("task: 2", "task: -1"), statement,
                        "test class demo.AdderPropertiesTest names task -1, but statement.md has tasks 1 to 2"),
                Arguments.of("a task no test class checks", entry.replace("task: 1", "task: 2"), statement,
                        "task 1 of statement.md (two small ints) has no test class: give its tests 'task: 1'"),
                Arguments.of("task headings that skip a number", entry, statement.replace("Task 2", "Task 3"),
                        "the task headings of statement.md must count 1, 2, 3...: 'Task 3' comes after 'Task 1'"),
                Arguments.of("a statement of one task", entry, "# Adder\n",
                        "test class demo.AdderPropertiesTest names task 2, but statement.md has task 1 only"));
    }

    @Test
    @DisplayName("every kata of this repository gives each of its test classes a task of its statement")
    void everyKataOfTheRepositoryMapsItsTestsToTasks() {
        // Loading checks it already; this says so for every kata, and that there are katas to check.
        Catalogue catalogue = Catalogue.load(Path.of(System.getProperty("kata.root", "../..")));

        assertThat(catalogue.katas()).hasSizeGreaterThanOrEqualTo(12);
        for (Kata kata : catalogue.katas()) {
            assertThat(kata.tasks()).as(kata.id()).isNotEmpty();
            assertThat(kata.tests()).as(kata.id())
                    .allSatisfy(test -> assertThat(kata.task(test.task())).as(test.className()).isPresent());
            assertThat(kata.tasks()).as(kata.id())
                    .allSatisfy(task -> assertThat(kata.testsOf(task.number())).as(task.title()).isNotEmpty());
        }
    }
}
