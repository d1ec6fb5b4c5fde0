package dev.mlkatas.cli;

import static dev.mlkatas.cli.CliRun.kata;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.FixtureBuild;
import dev.mlkatas.FixtureRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `kata mutate` runs PIT on a small built kata. */
class MutateCommandIT {

    /** Only adds zeros: the mutant that returns 0 survives it. */
    private static final String WEAK_TEST = """
            package demo;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;

            class AdderTest {
                @Test
                void addsZeros() {
                    assertEquals(0, Adder.add(0, 0));
                }
            }
            """;

    @TempDir
    Path root;

    private FixtureRepository fixture;

    @BeforeEach
    void build() {
        fixture = FixtureRepository.create(root);
    }

    @Test
    @DisplayName("mutate kills every mutant of the adder, writes PIT's report and mutation.json, and exits 0")
    void strongSuitePasses() throws Exception {
        FixtureBuild.build(fixture);

        CliRun run = kata(root, "mutate", "adder");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .contains("Mutation testing adder with PIT (seed 1, 100 tries per property)")
                .contains("adder: mutation score 100 % (2 of 2 mutants killed, 0 equivalent)")
                .contains("adder: passes, at least 90 %");
        Path reports = root.resolve("solutions/fixture/target/mutation/adder");
        assertThat(reports.resolve("pit/index.html")).isRegularFile();
        assertThat(Files.readString(reports.resolve("mutation.json")))
                .contains("\"score\" : 100").contains("\"killed\" : 2").contains("\"seed\" : 1");
    }

    @Test
    @DisplayName("a suite below 90 % fails with its survivors named; a listed equivalent mutant is not counted")
    void weakSuiteFailsUntilTheSurvivorIsExplained() {
        fixture.write("fixture/src/test/java/demo/AdderTest.java", WEAK_TEST);
        FixtureBuild.build(fixture);

        CliRun weak = kata(root, "mutate", "adder");

        assertThat(weak.exit()).as(weak.out() + weak.err()).isEqualTo(1);
        assertThat(weak.out())
                .contains("adder: mutation score 50 % (1 of 2 mutants killed, 0 equivalent)")
                .contains("survived, wants a test:\n    Adder.add line 5: replaced int return with 0 for demo/Adder::add")
                .contains("adder: FAILS: below 90 %");

        fixture.write("fixture/katas/adder/kata.yaml", FixtureRepository.ENTRY + """
                mutation:
                  equivalent:
                    - mutant: "Adder.add line 5: replaced int return with 0 for demo/Adder::add"
                      reason: not equivalent at all, but listed to show that listed mutants are not counted
                """);
        CliRun listed = kata(root, "mutate", "adder");

        assertThat(listed.exit()).as(listed.out() + listed.err()).isZero();
        assertThat(listed.out()).contains("adder: mutation score 100 % (1 of 2 mutants killed, 1 equivalent)");
    }
}
