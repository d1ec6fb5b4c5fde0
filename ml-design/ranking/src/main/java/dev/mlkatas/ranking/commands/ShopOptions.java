package dev.mlkatas.ranking.commands;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.InstacartFiles;
import dev.mlkatas.ranking.simulation.catalog.SyntheticCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every ranking command shares: which catalogue, which seed. */
public final class ShopOptions {

    @Option(names = "--catalog", paramLabel = "DIR",
            description = "A folder in the Instacart schema (products.csv, aisles.csv, departments.csv and an optional "
                    + "product_details.csv). Default: the embedded synthetic catalogue.")
    Path catalog;

    @Option(names = "--products", paramLabel = "N", defaultValue = "50000",
            description = "Products of the synthetic catalogue (default ${DEFAULT-VALUE}).")
    int products;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed of everything generated or simulated (default ${DEFAULT-VALUE}).")
    long seed;

    /** The catalogue chosen: read from {@code --catalog}, or generated. */
    Catalog catalog(PrintWriter out) {
        if (catalog != null) {
            Catalog read = InstacartFiles.read(catalog);
            out.printf("catalogue: %s (%,d products)%n", read.source(), read.size());
            return read;
        }
        if (products < 100 || products > 1_000_000) {
            throw new IllegalArgumentException("--products " + products + " is not a whole number from 100 to 1000000");
        }
        Catalog generated = SyntheticCatalog.generate(seed, products);
        out.printf("catalogue: synthetic, %,d products, seed %d%n", generated.size(), seed);
        return generated;
    }

    /** Whether the catalogue is the embedded synthetic one. */
    boolean synthetic() {
        return catalog == null;
    }
}
