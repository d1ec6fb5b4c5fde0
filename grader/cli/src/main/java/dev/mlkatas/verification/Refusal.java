package dev.mlkatas.verification;

/**
 * Why a candidate's code is refused: the file, the reference and the rule, said in one sentence.
 *
 * <p>Example: {@code new Refusal("algorithms/src/main/java/dev/mlkatas/twosum/TwoSum.java", 12,
 * "java.lang.System#exit", "the JVM and its environment", true).sentence()}
 *
 * @param file the candidate file, as the kata's {@code files} name it (with its module)
 * @param line the line of the reference, or 0 when unknown
 * @param reference what was referred to, as {@link Reference#display()} writes it
 * @param rule the denial's name, or what the allowlist holds when nothing allowed the reference
 * @param denied true for a denial that holds in every kata, false for a reference no allowlist entry covers
 */
public record Refusal(String file, int line, String reference, String rule, boolean denied) {

    /** The sentence every report and {@code kata test} print. */
    public String sentence() {
        String where = file + (line > 0 ? " line " + line : "");
        return denied
                ? "refused: " + where + " uses " + reference + ", which the rule '" + rule
                        + "' denies in every kata (see GRADING.md, Layer 3)."
                : "refused: " + where + " uses " + reference + ", which is not on this kata's allowlist ("
                        + rule + "; see GRADING.md, Layer 3).";
    }
}
