package dev.mlkatas.launch;

/** A kata program that cannot be started as asked; the message says why. */
public final class LaunchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LaunchException(String message) {
        super(message);
    }
}
