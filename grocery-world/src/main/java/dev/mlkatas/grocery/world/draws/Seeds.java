package dev.mlkatas.grocery.world.draws;

import java.util.SplittableRandom;

/**
 * Random streams and coin flips derived from the world's seed, a purpose and indices. Each customer gets a
 * stream of their own (so customer 17 is the same whether 100 or 100,000 are drawn, and can be drawn without
 * drawing the 16 before), and each purpose a different one (so drawing baskets differently never moves when
 * a customer orders).
 *
 * <p>Example: {@code SplittableRandom timing = Seeds.stream(7, Seeds.ORDER_TIMES, 17);}
 */
public final class Seeds {

    /** Purposes: each salts the seed differently. */
    public static final long CATALOGUE = 1;
    public static final long STORES = 2;
    public static final long CUSTOMERS = 3;
    public static final long ORDER_TIMES = 4;
    public static final long BASKETS = 5;
    public static final long PROMOTIONS = 6;
    public static final long STOCK_OUTS = 7;
    public static final long SEARCHES = 8;

    private Seeds() {
    }

    /** A random stream for {@code purpose} and {@code index}, the same for the same three numbers. */
    public static SplittableRandom stream(long seed, long purpose, long index) {
        return new SplittableRandom(hash(seed, purpose, index, 0, 0));
    }

    /** A number in [0, 1) that depends only on its five arguments: a coin that needs no stream. */
    public static double uniform(long seed, long purpose, long a, long b, long c) {
        return (hash(seed, purpose, a, b, c) >>> 11) * 0x1.0p-53;
    }

    private static long hash(long seed, long purpose, long a, long b, long c) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        h = mix(h + purpose * 0xC2B2AE3D27D4EB4FL);
        h = mix(h + a * 0x165667B19E3779F9L);
        h = mix(h + b * 0xD6E8FEB86659FD93L);
        return mix(h + c * 0x9E3779B97F4A7C15L);
    }

    // The finaliser of SplitMix64 (Stafford's variant 13), as SplittableRandom uses.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
