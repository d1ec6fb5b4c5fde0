package dev.mlkatas.mutation;

import java.time.Duration;

/**
 * How {@code kata mutate} runs PIT.
 *
 * <p>Example: {@code MutationSettings.defaults().withSeed(7)}
 *
 * @param seed the seed every jqwik property derives its own from, so that a score can be repeated exactly
 * @param tries how many tries a property without its own {@code tries} makes for each mutant: fewer than in
 *     a normal run, since every covering property runs again for every mutant
 * @param threads how many mutants are tested at once, each in a JVM of PIT's
 * @param timeLimit the wall-clock limit of one kata's whole run
 */
public record MutationSettings(long seed, int tries, int threads, Duration timeLimit) {

    /** The seed of the scores recorded in the catalogue. */
    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_TRIES = 100;

    public MutationSettings {
        if (tries < 1 || threads < 1) {
            throw new IllegalArgumentException("tries and threads must be positive, not " + tries + " and " + threads);
        }
    }

    /** The recorded scores' settings, one thread per processor, and an hour per kata. */
    public static MutationSettings defaults() {
        return new MutationSettings(DEFAULT_SEED, DEFAULT_TRIES, Runtime.getRuntime().availableProcessors(),
                Duration.ofHours(1));
    }

    public MutationSettings withSeed(long value) {
        return new MutationSettings(value, tries, threads, timeLimit);
    }

    public MutationSettings withTries(int value) {
        return new MutationSettings(seed, value, threads, timeLimit);
    }

    public MutationSettings withThreads(int value) {
        return new MutationSettings(seed, tries, value, timeLimit);
    }
}
