package dev.mlkatas.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment a test JVM starts with: only what a JVM and the katas' libraries need, so that no secret of
 * the grader's environment (a CI token) reaches the code under test.
 *
 * <p>Example: {@code TestEnvironment.of(System.getenv(), scratch.resolve("tmp"))}
 */
public final class TestEnvironment {

    /** The variables passed on from the grader's environment when set. */
    static final List<String> PASSED_ON = List.of("PATH", "HOME", "USER", "LANG", "LC_ALL", "LC_CTYPE", "TZ");

    private TestEnvironment() {}

    /** The variables of {@code grader} named in {@link #PASSED_ON}, and {@code TMPDIR} set to {@code tmp}. */
    public static Map<String, String> of(Map<String, String> grader, Path tmp) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String name : PASSED_ON) {
            String value = grader.get(name);
            if (value != null) {
                environment.put(name, value);
            }
        }
        environment.put("TMPDIR", tmp.toString());
        return environment;
    }
}
