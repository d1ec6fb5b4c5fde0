package dev.mlkatas.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where a test JVM runs: inside a bubblewrap sandbox, or, where none is available, as a plain process.
 *
 * <p>Example: {@code Sandbox.probe(Jail.of(repository, List.of(hidden)))
 * .wrap(command, environment, scratch, readOnly, classpath)}
 *
 * <p>{@link #probe} tries bubblewrap once, with a JVM inside; a grade probes once and runs every kata the
 * same way. See GRADING.md, "Layer 4: sandbox".
 */
public interface Sandbox {

    /** True when the test JVMs run isolated. */
    boolean isolated();

    /** What every report says: {@code sandboxed (bubblewrap)}, or {@code not sandboxed: why}. */
    String description();

    /**
     * The command that runs {@code command} inside the sandbox with exactly {@code environment} as its
     * environment: {@code scratch} is the run's own folder, the only one it may write (its {@code readOnly}
     * subfolders excepted), and {@code classpath} what the JVM reads.
     */
    List<String> wrap(List<String> command, Map<String, String> environment, Path scratch, List<Path> readOnly,
            List<Path> classpath);

    /** No sandbox, saying {@code why} in every report. */
    static Sandbox none(String why) {
        return new Sandbox() {
            @Override
            public boolean isolated() {
                return false;
            }

            @Override
            public String description() {
                return "not sandboxed: " + why;
            }

            @Override
            public List<String> wrap(List<String> command, Map<String, String> environment, Path scratch,
                    List<Path> readOnly, List<Path> classpath) {
                return command;
            }
        };
    }

    /** Bubblewrap if it is installed and runs a JVM in the sandbox here; else {@link #none} saying why not. */
    static Sandbox probe(Jail jail) {
        return Bubblewrap.probe(jail);
    }
}
