package dev.mlkatas.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * Mutation testing of a kata's suite against its reference ({@code kata mutate}): the score last measured,
 * and everything the measurement leaves out, each with its reason. A kata without a {@code mutation} key
 * has {@link #NONE}.
 *
 * <p>Example, in {@code kata.yaml}:
 * <pre>
 * mutation:
 *   score: 96
 *   mutants: 112
 *   killed: 107
 *   equivalent:
 *     - mutant: "TwoSum.countByHashing line 181: changed conditional boundary"
 *       reason: at a == b the other branch counts the same pairs
 * </pre>
 *
 * <p>The score is the textbook one: killed mutants over all mutants but the equivalent ones, in whole
 * percent rounded down. A suite must reach {@link #MIN_SCORE}.
 *
 * @param recorded the score, mutants and killed mutants last measured, if recorded
 * @param excludedTests test classes of the suite that cannot run under mutation testing
 * @param unreachable code of the reference the suite cannot reach through the kata's API (methods, or lines
 *     of them); its mutants are not counted, and {@code kata mutate} fails if the suite does reach it
 * @param equivalent surviving mutants that behave exactly like the reference, so no test can kill them
 */
public record Mutation(
        Optional<Score> recorded,
        List<ExcludedTest> excludedTests,
        List<UnreachableCode> unreachable,
        List<EquivalentMutant> equivalent) {

    /** The lowest mutation score, in percent, a kata's suite may have. */
    public static final int MIN_SCORE = 90;

    /** Nothing recorded and nothing left out. */
    public static final Mutation NONE = new Mutation(Optional.empty(), List.of(), List.of(), List.of());

    public Mutation {
        excludedTests = List.copyOf(excludedTests);
        unreachable = List.copyOf(unreachable);
        equivalent = List.copyOf(equivalent);
    }

    /**
     * A measured score.
     *
     * @param score killed over mutants less the equivalent ones, in percent rounded down
     * @param mutants every counted mutant, equivalent ones included
     * @param killed the mutants some test detected
     */
    public record Score(int score, int mutants, int killed) {}

    /**
     * A test class left out of mutation testing.
     *
     * @param className the fully qualified name, one of the kata's test classes
     */
    public record ExcludedTest(@JsonProperty("class") String className, String reason) {}

    /**
     * Code of the reference no test can reach through the API the stub offers: a whole method, or one line.
     *
     * @param method the class and method as {@code TwoSum.pairsBySorting} (a nested class as
     *     {@code TopWords$Entry.compareTo})
     * @param line the line of the reference's source, or null for the whole method
     */
    public record UnreachableCode(String method, Integer line, String reason) {

        /** How the mutants' names start: {@code TwoSum.pairsBySorting}, or {@code TwoSum.of line 12}. */
        public String where() {
            return line == null ? method : method + " line " + line;
        }
    }

    /**
     * A mutant no test can kill.
     *
     * @param mutant as {@code kata mutate} names it: {@code Class.method line N: what PIT changed}; one entry
     *     stands for every mutant of that name
     */
    public record EquivalentMutant(String mutant, String reason) {}
}
