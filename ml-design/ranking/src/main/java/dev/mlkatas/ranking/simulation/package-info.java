/**
 * The world the ranking system is run in, never used to serve a query: {@code catalog} generates the
 * synthetic catalogue, {@code shoppers} simulates who searches for what and what they click, add and buy,
 * and {@code experiment} runs the shop's life, the offline evaluation and the online tests on them.
 *
 * <p>Example: {@code SimulatedShop.open(SyntheticCatalog.generate(42, 12_000), 42, Settings.DEFAULT).system()} is
 * a serving system that learnt from a simulated history.
 */
package dev.mlkatas.ranking.simulation;
