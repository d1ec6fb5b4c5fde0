package dev.mlkatas.ranking.online;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A generator whose {@code nextBoolean()} answers a script of coins, in order, then {@code false}; every
 * other draw is all one bits when the coin due is {@code true} and all zero bits otherwise, so that
 * {@code nextBoolean()} and the default methods built on {@code nextLong()} read the same coin.
 */
final class ScriptedCoin implements RandomGenerator {

    private final List<Boolean> coins;
    private int next;

    ScriptedCoin(List<Boolean> coins) {
        this.coins = List.copyOf(coins);
    }

    /** How many coins were read. */
    int used() {
        return next;
    }

    @Override
    public boolean nextBoolean() {
        return next < coins.size() && coins.get(next++);
    }

    @Override
    public long nextLong() {
        return nextBoolean() ? -1L : 0L;
    }
}
