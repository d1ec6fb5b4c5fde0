package dev.mlkatas.workspace;

/** Something the `kata` command needs from the build is missing; the message says what to run. */
public final class NotBuiltException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotBuiltException(String what) {
        super(what + " is not built yet: run ./mvnw -q package -DskipTests");
    }
}
