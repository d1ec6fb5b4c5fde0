package dev.mlkatas.cli;

/** A request the command cannot carry out as asked; reported as one line, exit code 2. */
final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserException(String message) {
        super(message);
    }
}
