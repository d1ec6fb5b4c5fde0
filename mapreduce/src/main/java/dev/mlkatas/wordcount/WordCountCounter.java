package dev.mlkatas.wordcount;

/**
 * The word-count job's own counters, which the driver prints after a run. The input format counts lines and
 * invalid bytes as it reads; the output format counts words and distinct words as the reducers write, so
 * the numbers do not depend on which mapper or combiner ran.
 *
 * <p>Example: {@code job.getCounters().findCounter(WordCountCounter.WORDS).getValue()}
 */
public enum WordCountCounter {

    /** Lines read, empty lines included. */
    LINES("lines"),
    /** Words written to the output: the sum of every count. */
    WORDS("words"),
    /** Distinct words written to the output: one per output record. */
    DISTINCT_WORDS("distinct words"),
    /** Bytes of the input that were not valid UTF-8, each run of them replaced by one U+FFFD. */
    INVALID_BYTES_REPLACED("invalid bytes replaced");

    private final String label;

    WordCountCounter(String label) {
        this.label = label;
    }

    /** How the driver names the counter, e.g. {@code distinct words}. */
    public String label() {
        return label;
    }
}
