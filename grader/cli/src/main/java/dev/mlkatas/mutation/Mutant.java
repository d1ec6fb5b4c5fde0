package dev.mlkatas.mutation;

/**
 * One mutant PIT made of a reference, and what became of it.
 *
 * <p>Example: {@code new Mutant("dev.mlkatas.twosum.TwoSum", "countByHashing", 181, "changed conditional
 * boundary", "SURVIVED", false).id()} is {@code TwoSum.countByHashing line 181: changed conditional boundary}.
 *
 * @param className the mutated class, fully qualified ({@code $} for a nested class)
 * @param mutatedMethod the mutated method
 * @param line the mutated line of the reference's source
 * @param description what PIT changed, e.g. {@code negated conditional}
 * @param status PIT's verdict: KILLED, SURVIVED, NO_COVERAGE, TIMED_OUT, ...
 * @param detected whether a test failed, errored or timed out because of it
 * @param nth which of the mutants with the same method, line and change this is, from 1, in the order of
 *     the compiled code (the first {@code <} of a line before the second)
 * @param of how many mutants have the same method, line and change
 */
public record Mutant(String className, String mutatedMethod, int line, String description, String status,
        boolean detected, int nth, int of) {

    /** A mutant that is the only one of its name. */
    public Mutant(String className, String mutatedMethod, int line, String description, String status,
            boolean detected) {
        this(className, mutatedMethod, line, description, status, detected, 1, 1);
    }

    /**
     * How the catalogue names the mutant: the class without its package, the method, the line, the change,
     * and which of its namesakes it is when a line has several, e.g. {@code WordCount.map line 7: changed
     * conditional boundary (2 of 3)}.
     */
    public String id() {
        return method() + " line " + line + ": " + description + (of > 1 ? " (" + nth + " of " + of + ")" : "");
    }

    /** The class without its package and the method, e.g. {@code TwoSum.countByHashing}. */
    public String method() {
        return className.substring(className.lastIndexOf('.') + 1) + "." + mutatedMethod;
    }

    /** Whether any test ran the mutated code. */
    public boolean covered() {
        return !"NO_COVERAGE".equals(status);
    }
}
