package dev.mlkatas.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.FixtureRepository;
import dev.mlkatas.catalogue.Catalogue;
import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.Mutation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How PIT's mutants are counted against what a catalogue entry lists. */
class MutationReportTest {

    private static final String LISTED = """
            mutation:
              unreachable:
                - method: Adder.addSlowly
                  reason: only the benchmark calls it
                - method: Adder.add
                  line: 50
                  reason: only for arrays too large for a test
              equivalent:
                - mutant: "Adder.add line 5: changed conditional boundary"
                  reason: at a == 0 both branches return b
                - mutant: "Adder.add line 9: negated conditional"
                  reason: listed long ago
            """;

    @TempDir
    Path root;

    @Test
    @DisplayName("the score is killed over all mutants, in percent rounded down, when nothing is listed")
    void scoresKilledOverAll() {
        List<Mutant> mutants = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            mutants.add(killed("add", 10 + i));
        }
        mutants.add(survived("add", 30, "negated conditional"));
        mutants.add(survived("add", 31, "negated conditional"));

        MutationReport report = report(FixtureRepository.ENTRY, mutants);

        assertThat(report.killed()).isEqualTo(9);
        assertThat(report.score()).isEqualTo(81);
        assertThat(report.passes()).isFalse();
        assertThat(report.survivors()).extracting(Mutant::id)
                .containsExactly("Adder.add line 30: negated conditional", "Adder.add line 31: negated conditional");
        assertThat(report.record()).isEqualTo(new Mutation.Score(81, 11, 9));
    }

    @Test
    @DisplayName("a listed equivalent mutant leaves the count of killable ones, and 90 % passes exactly")
    void equivalentMutantsAreNotKillable() {
        List<Mutant> mutants = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            mutants.add(killed("add", 10 + i));
        }
        mutants.add(survived("add", 5, "changed conditional boundary"));
        mutants.add(survived("add", 40, "negated conditional"));

        MutationReport report = report(FixtureRepository.ENTRY + LISTED, mutants);

        assertThat(report.mutants()).hasSize(11);
        assertThat(report.equivalent()).extracting(Mutant::id).containsExactly("Adder.add line 5: changed conditional boundary");
        assertThat(report.survivors()).extracting(Mutant::id).containsExactly("Adder.add line 40: negated conditional");
        assertThat(report.score()).isEqualTo(90);
        assertThat(report.passes()).isTrue();
        assertThat(report.staleEquivalents()).containsExactly("Adder.add line 9: negated conditional");
    }

    @Test
    @DisplayName("a killed mutant listed as equivalent still counts as killed, and the listing is stale")
    void killedMutantListedAsEquivalent() {
        MutationReport report = report(FixtureRepository.ENTRY + LISTED,
                List.of(new Mutant("demo.Adder", "add", 5, "changed conditional boundary", "KILLED", true)));

        assertThat(report.score()).isEqualTo(100);
        assertThat(report.equivalent()).isEmpty();
        assertThat(report.staleEquivalents()).hasSize(2);
    }

    @Test
    @DisplayName("mutants of code listed as unreachable are set aside, and fail the check once a test runs one")
    void unreachableMethods() {
        List<Mutant> unrun = List.of(killed("add", 3),
                new Mutant("demo.Adder", "addSlowly", 20, "negated conditional", "NO_COVERAGE", false),
                new Mutant("demo.Adder", "add", 50, "replaced int return with 0", "NO_COVERAGE", false));
        MutationReport quiet = report(FixtureRepository.ENTRY + LISTED, unrun);
        assertThat(quiet.mutants()).hasSize(1);
        assertThat(quiet.setAside()).isEqualTo(2);
        assertThat(quiet.passes()).isTrue();

        List<Mutant> run = List.of(killed("add", 3),
                new Mutant("demo.Adder", "addSlowly", 20, "negated conditional", "KILLED", true));
        MutationReport reached = report(FixtureRepository.ENTRY + LISTED, run);
        assertThat(reached.score()).isEqualTo(100);
        assertThat(reached.reachedUnreachable()).extracting(Mutant::id)
                .containsExactly("Adder.addSlowly line 20: negated conditional");
        assertThat(reached.passes()).isFalse();
    }

    @Test
    @DisplayName("lists survivors by method and line, whatever order PIT wrote them in")
    void ordersSurvivors() {
        List<Mutant> mutants = new ArrayList<>(List.of(survived("add", 9, "b"), survived("add", 2, "a"),
                new Mutant("demo.Adder$Cache", "get", 1, "c", "SURVIVED", false)));
        Collections.reverse(mutants);

        assertThat(report(FixtureRepository.ENTRY, mutants).survivors()).extracting(Mutant::id).containsExactly(
                "Adder$Cache.get line 1: c", "Adder.add line 2: a", "Adder.add line 9: b");
    }

    private MutationReport report(String entry, List<Mutant> mutants) {
        FixtureRepository.create(root).write("fixture/katas/adder/kata.yaml", entry);
        Kata kata = Catalogue.load(root).get("adder");
        return MutationReport.of(kata, mutants, MutationSettings.defaults(), root, Duration.ofSeconds(3));
    }

    private static Mutant killed(String method, int line) {
        return new Mutant("demo.Adder", method, line, "Replaced integer addition with subtraction", "KILLED", true);
    }

    private static Mutant survived(String method, int line, String description) {
        return new Mutant("demo.Adder", method, line, description, "SURVIVED", false);
    }
}
