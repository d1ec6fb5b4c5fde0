package dev.mlkatas.recommendations;

/**
 * The co-occurrence job's counter: the stripes mapper counts each basket it reads that holds at least one
 * item, and the pipeline takes it as N, the number of baskets every support is a share of.
 *
 * <p>Example: {@code job.getCounters().findCounter(BasketCounter.BASKETS).getValue()}
 */
public enum BasketCounter {
    /** Baskets with at least one item: the lines of the input that are not blank. */
    BASKETS
}
