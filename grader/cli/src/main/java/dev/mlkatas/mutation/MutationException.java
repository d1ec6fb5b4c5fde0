package dev.mlkatas.mutation;

/** Mutation testing could not run or could not be read; the message says why, for a person. */
public final class MutationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MutationException(String message) {
        super(message);
    }
}
