package dev.mlkatas.ranking.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mlkatas.ranking.features.Feature;
import dev.mlkatas.ranking.query.ParsedQuery;
import dev.mlkatas.ranking.rankers.LearnedRanker;
import dev.mlkatas.ranking.rankers.Ranker;
import dev.mlkatas.ranking.search.Hit;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Executors;

/**
 * The shop's search as a local web page: one query, BM25, popularity and the learned ranker side by side,
 * and for each result of the learned ranker its features and what each contributed (SHAP values). {@code /}
 * renders the page on the server; {@code /api/search?q=fish} answers the same as JSON. Binds 127.0.0.1
 * only.
 *
 * <p>Example: {@code try (SearchPage page = SearchPage.start(shop, 0, 10)) { page.port(); }}
 */
final class SearchPage implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<RankerChoice> SIDE_BY_SIDE = List.of(RankerChoice.BM25, RankerChoice.POPULARITY,
            RankerChoice.LTR);

    private final ServingShop shop;
    private final int top;
    private final HttpServer server;

    private SearchPage(ServingShop shop, int top, HttpServer server) {
        this.shop = shop;
        this.top = top;
        this.server = server;
    }

    /**
     * Binds {@code port} on 127.0.0.1 (0 for any free one) and serves. The port is bound before anything is
     * trained, so that a port in use is said at once: {@link IllegalArgumentException}.
     */
    static HttpServer bind(int port) {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (BindException e) {
            throw new IllegalArgumentException("--port " + port + " is in use on 127.0.0.1: give another, or 0 "
                    + "for any free one", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("--port " + port + " cannot be bound on 127.0.0.1: " + e.getMessage(),
                    e);
        }
    }

    /** Serves {@code shop} on a bound server; the learned ranker must be trained already. */
    static SearchPage start(ServingShop shop, int top, HttpServer server) {
        SearchPage page = new SearchPage(shop, top, server);
        server.createContext("/api/search", exchange -> page.answer(exchange, true));
        server.createContext("/", exchange -> page.answer(exchange, false));
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "search-page");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return page;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange, boolean api) throws IOException {
        try (exchange) {
            if (!api && !exchange.getRequestURI().getPath().equals("/")) {
                send(exchange, 404, "text/plain", "not found: this page serves / and /api/search?q=");
                return;
            }
            String query = parameter(exchange.getRequestURI().getRawQuery(), "q").strip();
            Map<String, Object> results = query.isEmpty() ? null : search(query);
            if (api) {
                Object body = results == null ? Map.of("error", "give a query: /api/search?q=fish") : results;
                send(exchange, results == null ? 400 : 200, "application/json", JSON.writeValueAsString(body));
            } else {
                send(exchange, 200, "text/html; charset=utf-8", SearchPageHtml.render(query, results));
            }
        } catch (RuntimeException e) {
            send(exchange, 500, "text/plain", "could not answer: " + e.getMessage());
        }
    }

    /** The three rankings of one query, each result with its features, and how long it took. */
    Map<String, Object> search(String raw) {
        long start = System.nanoTime();
        Map<String, Object> document = new LinkedHashMap<>();
        ParsedQuery query;
        try {
            query = shop.system().parse(raw);
        } catch (IllegalArgumentException e) {
            document.put("query", raw);
            document.put("error", e.getMessage());
            return document;
        }
        List<Hit> candidates = shop.system().candidates(query, OptionalInt.empty());
        Map<String, Object> rankings = new LinkedHashMap<>();
        for (RankerChoice choice : SIDE_BY_SIDE) {
            Ranker ranker = shop.ranker(choice);
            List<Hit> ranked = shop.system().rank(candidates, ranker);
            rankings.put(choice.label, ranked.subList(0, Math.min(top, ranked.size())).stream()
                    .map(hit -> result(hit, ranker)).toList());
        }
        document.put("query", query.raw());
        document.put("normalised", query.normalised());
        document.put("rankings", rankings);
        document.put("millis", (System.nanoTime() - start) / 1e6);
        return document;
    }

    private static Map<String, Object> result(Hit hit, Ranker ranker) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("productId", hit.product().id());
        result.put("name", hit.product().name());
        result.put("aisle", hit.product().aisle());
        result.put("score", hit.score());
        if (ranker instanceof LearnedRanker learned) {
            Map<Feature, Double> contributions = learned.contributions(hit.features());
            Map<String, Object> features = new LinkedHashMap<>();
            for (Feature feature : Feature.values()) {
                features.put(feature.label(), Map.of("value", hit.features().get(feature),
                        "contribution", contributions.get(feature)));
            }
            result.put("baseline", learned.baseline());
            result.put("features", features);
        } else {
            result.put("drivers", SearchCommand.drivers(hit, ranker));
        }
        return result;
    }

    private static String parameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return "";
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
