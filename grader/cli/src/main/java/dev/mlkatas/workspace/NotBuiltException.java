package dev.mlkatas.workspace;

import java.nio.file.Path;

/** Something the `kata` command needs from the build is missing; the message says what to run. */
public final class NotBuiltException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotBuiltException(String what) {
        super(what + " is not built yet: run ./mvnw -q package -DskipTests");
    }

    /** A dependency the build recorded is not in the local Maven repository this machine has. */
    public NotBuiltException(String what, Path missing, Path localRepository) {
        super(what + " needs " + missing + ", which is missing: the local Maven repository is " + localRepository
                + " (set " + RecordedClasspath.LOCAL_REPOSITORY_VARIABLE
                + " if it is elsewhere, or run ./mvnw -q package -DskipTests to fill it)");
    }
}
