package dev.mlkatas.ranking.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.jobs.testing.HeadlessChromium;
import dev.mlkatas.output.HtmlText;
import dev.mlkatas.ranking.RankingJob;
import dev.mlkatas.ranking.rankers.TrainingSettings;
import dev.mlkatas.ranking.simulation.experiment.SimulatedShop;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve}: the search page and its JSON, on a small synthetic shop served on an ephemeral port. */
@DisplayName("RankingJob serve: the search page")
class SearchPageTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static ServingShop shop;
    private static SearchPage page;

    @TempDir
    Path dir;

    @BeforeAll
    static void serve() {
        ShopOptions options = CommandLine.populateCommand(new ShopOptions(), "--products", "3000");
        SimulatedShop.Settings settings = new SimulatedShop.Settings(2000, 2000, TrainingSettings.DEFAULTS);
        shop = ServingShop.open(options, settings, Optional.empty(), null, new PrintWriter(new StringWriter()));
        shop.learned();
        page = SearchPage.start(shop, 10, SearchPage.bind(0));
    }

    @AfterAll
    static void stop() throws Exception {
        page.close();
        shop.close();
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + page.port() + pathAndQuery);
        return CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("/api/search ranks with all three rankers; each learned result's contributions add up to its score")
    void answersJson() throws Exception {
        HttpResponse<String> response = get("/api/search?q=fish");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = new ObjectMapper().readTree(response.body());
        assertThat(json.get("query").asText()).isEqualTo("fish");
        assertThat(json.get("millis").asDouble()).isPositive();
        JsonNode rankings = json.get("rankings");
        assertThat(rankings.fieldNames()).toIterable().containsExactly("bm25", "popularity", "ltr");
        assertThat(rankings.get("ltr")).hasSize(10);
        for (JsonNode result : rankings.get("ltr")) {
            assertThat(result.get("features").size()).isEqualTo(12);
            double sum = result.get("baseline").asDouble();
            for (Iterator<JsonNode> features = result.get("features").elements(); features.hasNext();) {
                sum += features.next().get("contribution").asDouble();
            }
            assertThat(sum).isCloseTo(result.get("score").asDouble(), within(1e-6));
        }
    }

    @Test
    @DisplayName("the page shows the three rankings side by side, the learned ranker's features under each result")
    void rendersThePage() throws Exception {
        HttpResponse<String> response = get("/?q=fish");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<section class=\"ranking\" id=\"bm25\">", "id=\"popularity\"",
                "id=\"ltr\"", "intent_aisle = ", "answered in");
    }

    @Test
    @DisplayName("a query is text on the page, never markup; an empty one shows the search box alone")
    void escapesTheQuery() throws Exception {
        String body = get("/?q=%3Cscript%3Ealert(1)%3C/script%3E+fish").body();

        assertThat(body).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; fish");
        assertThat(get("/").body()).contains("<input name=\"q\"").doesNotContain("class=\"ranking\"");
        assertThat(get("/api/search?q=").statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("a port in use is one line naming it, exit code 2, before anything is learnt")
    void refusesAPortInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int exit = RankingJob.run(new String[] {"serve", "--port", Integer.toString(taken.getLocalPort()),
                "--no-cache"}, new PrintWriter(out, true), new PrintWriter(err, true));

            assertThat(exit).isEqualTo(2);
            assertThat(err.toString().lines()).singleElement().asString()
                    .contains("--port " + taken.getLocalPort() + " is in use");
            assertThat(out.toString()).doesNotContain("catalogue:");
        }
    }

    @Test
    @DisplayName("a headless Chromium renders the page with the results of each ranker (skipped without Chromium)")
    void rendersInABrowser() throws Exception {
        Optional<HeadlessChromium> chromium = HeadlessChromium.onPath();
        assumeTrue(chromium.isPresent(), "no chromium on the PATH");
        String dom = chromium.get().dumpDom("http://127.0.0.1:" + page.port() + "/?q=fish", dir);

        Map<String, Object> answer = page.search("fish");
        @SuppressWarnings("unchecked")
        String firstLearned = (String) ((List<Map<String, Object>>) ((Map<String, Object>) answer.get("rankings"))
                .get("ltr")).get(0).get("name");
        assertThat(dom).contains("id=\"bm25\"", "id=\"popularity\"", "id=\"ltr\"")
                .contains(HtmlText.escape(firstLearned));
    }
}
