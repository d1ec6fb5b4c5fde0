package dev.mlkatas.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.catalogue.Catalogue;
import dev.mlkatas.catalogue.Kata;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FollowUpsTest {

    @Test
    @DisplayName("reads one question per bullet of the section, with the lines that continue it")
    void readsBullets() {
        String statement = """
                # Adder

                ## Task 1: two small ints

                - not a follow-up

                ## Follow-ups the interviewer asks

                - **Overflow.** What if the sum passes
                  Integer.MAX_VALUE?
                - **Many numbers.** Add a billion of them.

                The sentences of this statement and the tests that hold each of them: contracts.md.

                ## Afterwards

                - not a follow-up either
                """;

        assertThat(FollowUps.parse(statement)).containsExactly(
                "**Overflow.** What if the sum passes\nInteger.MAX_VALUE?",
                "**Many numbers.** Add a billion of them.");
    }

    @Test
    @DisplayName("a statement without the section has no follow-ups")
    void noSection() {
        assertThat(FollowUps.parse("# Adder\n\n## Task 1: two small ints\n\n- add\n")).isEmpty();
    }

    @Test
    @DisplayName("the last bullet of a statement that ends in the section is read")
    void sectionAtTheEnd() {
        assertThat(FollowUps.parse("## Follow-ups the interviewer asks\n\n- one\n- two\n  lines")).containsExactly(
                "one", "two\nlines");
    }

    @Test
    @DisplayName("every kata of the repository has four to six follow-ups for the end of its interview")
    void everyKataHasFollowUps() {
        Catalogue catalogue = Catalogue.load(Path.of(System.getProperty("kata.root", "../..")));

        for (Kata kata : catalogue.katas()) {
            assertThat(FollowUps.of(kata.statement())).as(kata.id()).hasSizeBetween(4, 6);
        }
    }
}
