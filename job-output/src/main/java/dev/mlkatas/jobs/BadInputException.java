package dev.mlkatas.jobs;

/**
 * Input a job cannot use. The message is one line for a person: it names the input (a file and line, or an
 * option) and says what is wrong, e.g. {@code orders.csv line 17: amount 'abc' is not a number}. Jobs print
 * it on standard error and exit with status 2.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
