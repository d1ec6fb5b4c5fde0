package dev.mlkatas.runner;

import java.util.List;

/**
 * What the forked runner hands back: every test's outcome. The grader trusts a file only when its format
 * is {@link #FORMAT} and it says it is complete.
 *
 * @param format the version of this layout
 * @param tests one entry per test, including tests that never ran
 * @param complete true once every test has finished
 */
public record Results(int format, List<TestResult> tests, boolean complete) {

    /** Bumped whenever a grader would misread an older file. */
    public static final int FORMAT = 1;

    public Results {
        tests = List.copyOf(tests);
    }
}
