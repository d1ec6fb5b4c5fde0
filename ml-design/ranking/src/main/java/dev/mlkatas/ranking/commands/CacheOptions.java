package dev.mlkatas.ranking.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the commands that search keep what they trained, so that the next search on the same shop loads it. */
public final class CacheOptions {

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where what a search trained is kept, by a hash of the catalogue files, the log, the seed "
                    + "and the settings. Default: .kata/cache/ranking in the repository (the nearest folder up "
                    + "that holds .kata/ or the kata command), else in the current folder.")
    Path cache;

    @Option(names = "--no-cache", description = "Trains from scratch and keeps nothing.")
    boolean noCache;

    /** The cache chosen, or null with --no-cache. */
    TrainedShopCache cache() {
        if (noCache) {
            return null;
        }
        return new TrainedShopCache(cache != null ? cache : defaultFolder());
    }

    private static Path defaultFolder() {
        Path here = Path.of("").toAbsolutePath();
        for (Path folder = here; folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve(".kata")) || Files.isRegularFile(folder.resolve("kata"))) {
                return folder.resolve(".kata/cache/ranking");
            }
        }
        return here.resolve(".kata/cache/ranking");
    }
}
