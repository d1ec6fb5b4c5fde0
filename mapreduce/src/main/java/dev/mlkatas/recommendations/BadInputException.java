package dev.mlkatas.recommendations;

/**
 * Input the recommendations job cannot use; the message is one line naming the input and the problem.
 *
 * <p>Example: {@code input 'orders.csv' line 17: order_id 'abc' is not a number}
 */
public final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
