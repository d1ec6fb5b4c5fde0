package dev.mlkatas.ranking.commands;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: a local page that searches the shop with BM25, popularity and the learned ranker side by side. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a search page on http://127.0.0.1:PORT/: for a query, BM25, popularity and the "
                + "learned ranker side by side, each learned result with its features and what each contributed "
                + "(SHAP values). /api/search?q=fish answers the same as JSON.",
            "Learns the shop once at start (or loads it from the cache, as search does); Ctrl-C stops."},
        footerHeading = "%nExample:%n", footer = "  ./kata run ranking serve --port 8080, then open http://127.0.0.1:8080/")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ShopOptions shop;

    @Mixin
    private SimulationOptions simulation;

    @Mixin
    private CacheOptions cacheOptions;

    @Option(names = "--log", paramLabel = "FILE",
            description = "A search log in this kata's CSV format for the catalogue, as for search.")
    private Path log;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080",
            description = "The port on 127.0.0.1, 0 for any free one (default ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--top", paramLabel = "K", defaultValue = "10",
            description = "Results per ranker (default ${DEFAULT-VALUE}).")
    private int top;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port " + port + " is not a port number from 0 to 65535");
        }
        if (top < 1 || top > ShopSizes.MAX_TOP) {
            throw new IllegalArgumentException(
                    "--top " + top + " is not a whole number from 1 to " + ShopSizes.MAX_TOP);
        }
        PrintWriter out = spec.commandLine().getOut();
        HttpServer server = SearchPage.bind(port);
        try (ServingShop serving = ServingShop.open(shop, simulation.settings(), Optional.ofNullable(log),
                cacheOptions.cache(), out)) {
            out.println("learned ranker: ready (" + serving.learned().trees() + " trees)");
            serving.keep();
            try (SearchPage page = SearchPage.start(serving, top, server)) {
                out.printf("serving on http://127.0.0.1:%d/ (Ctrl-C stops)%n", page.port());
                new CountDownLatch(1).await();
            }
        } finally {
            server.stop(0);
        }
        return 0;
    }
}
