package dev.mlkatas.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlkatas.FixtureRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
                new TestClass("demo.AdderTest", 1), new TestClass("demo.AdderPropertiesTest", 2));
        assertThat(adder.hints()).hasSize(3);
        assertThat(adder.timeLimitSeconds()).isEqualTo(60);
        assertThat(adder.jvmOptions()).containsExactly("-Dfixture.greeting=hello");
        assertThat(adder.mainClass()).contains("demo.AdderMain");
        assertThat(adder.statement()).isEqualTo(root.resolve("fixture/katas/adder/statement.md"));
    }

    @Test
    @DisplayName("lists katas in interview order: by round, then module and id")
    void ordersByRound() {
        FixtureRepository fixture = FixtureRepository.create(root);
        fixture.write("fixture/katas/ranker/kata.yaml", FixtureRepository.ENTRY
                .replace("id: adder", "id: ranker").replace("round: coding", "round: system-design"));
        fixture.write("fixture/katas/ranker/statement.md", "# Ranker\n");
        fixture.write("fixture/katas/crf/kata.yaml", FixtureRepository.ENTRY
                .replace("id: adder", "id: crf").replace("round: coding", "round: ir-ranking"));
        fixture.write("fixture/katas/crf/statement.md", "# CRF\n");

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
        fixture.write("other/katas/adder/statement.md", "# Adder again\n");
        fixture.write("other/src/main/java/demo/Adder.java", FixtureRepository.STUB);
        fixture.write("other/src/test/java/demo/AdderTest.java", "class AdderTest {}");
        fixture.write("other/src/test/java/demo/AdderPropertiesTest.java", "class AdderPropertiesTest {}");

        assertThatThrownBy(() -> Catalogue.load(root))
                .hasMessage("kata id 'adder' is used twice: in fixture/katas/adder and in other/katas/adder");
    }

    @Test
    @DisplayName("lists the known ids when asked for an unknown one")
    void unknownIdListsKnownOnes() {
        FixtureRepository.create(root);

        assertThatThrownBy(() -> Catalogue.load(root).get("two-summ"))
                .isInstanceOf(UnknownKataException.class)
                .hasMessage("unknown kata 'two-summ'; known katas: adder");
    }
}
