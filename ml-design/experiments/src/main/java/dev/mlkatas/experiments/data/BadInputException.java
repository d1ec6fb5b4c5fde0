package dev.mlkatas.experiments.data;

/**
 * Input the experiments job cannot use. The message is one line for a person: it names the input (a file,
 * line and column, or an option) and says what is wrong, e.g. {@code ab.csv line 17: converted 'abc' is not a
 * number}. The job prints it on standard error and exits with status 2.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
