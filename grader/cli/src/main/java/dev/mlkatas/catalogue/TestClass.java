package dev.mlkatas.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One class of a kata's grading suite.
 *
 * @param className the fully qualified name, e.g. {@code dev.mlkatas.twosum.ZeroSumPairsTest}
 * @param points what each test of the class is worth when graded
 * @param task the task of the statement the class checks, from 1; a class that needs several tasks belongs to
 *     the last of them, the one after which it can pass
 */
public record TestClass(@JsonProperty("class") String className, int points, int task) {

    /** The source file of the class, relative to a test source root. */
    public String sourcePath() {
        return className.replace('.', '/') + ".java";
    }

    /** The class name without its package, e.g. {@code ZeroSumPairsTest}. */
    public String simpleName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
