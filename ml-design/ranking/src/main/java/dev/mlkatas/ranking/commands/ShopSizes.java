package dev.mlkatas.ranking.commands;

/** Limits of the commands' numeric options. */
final class ShopSizes {

    static final int MAX_TOP = 100;
    static final int MAX_SEARCHES = 10_000_000;

    private ShopSizes() {
    }
}
