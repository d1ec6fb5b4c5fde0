package dev.mlkatas.output;

/**
 * A job's output folder cannot be used: it exists and holds files, or it cannot be created. The message is
 * one line for the user, naming the folder.
 */
public final class UnusableOutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnusableOutputException(String message) {
        super(message);
    }
}
