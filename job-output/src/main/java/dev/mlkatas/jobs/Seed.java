package dev.mlkatas.jobs;

import picocli.CommandLine.Option;

/**
 * The {@code --seed} option of a job that draws random numbers: the same seed gives the same run, and
 * reports print it. Its default is the job's {@link JobCommand#defaultSeed()}, shown by {@code --help}.
 *
 * <p>Example: {@code @Mixin private Seed seed;} in a job, then {@code new Random(seed.value())}.
 */
public final class Seed {

    /** The option's name. */
    public static final String NAME = "--seed";
    /** The seed of a job that does not choose one. */
    public static final long DEFAULT = 42;

    @Option(names = NAME, paramLabel = "S",
            description = "Seed of everything generated or drawn at random; the same seed gives the same run.")
    private long value;

    /** The seed given, or the job's default. */
    public long value() {
        return value;
    }
}
