package dev.mlkatas.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlkatas.jobs.JobRun;
import dev.mlkatas.jobs.testing.BadInputCheck;
import dev.mlkatas.jobs.testing.HelpCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The recommendations job: simulated shop, Instacart files, basket lines, bad input")
class RecommendationsJobTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("on the simulated shop it writes every file and recovers the planted pairs")
    void simulatedShop() throws IOException {
        Path out = dir.resolve("out");
        JobRun run = JobRun.of(RecommendationsJob::run, "--customers", "400", "--seed", "7", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("stripes job done").contains("results in");
        for (String file : List.of("related.csv", "substitutes.csv", "rules.csv", "summary.json", "report.md",
                "ground-truth.csv", "pairs.png", "pairs.svg", "next-basket.png", "next-basket.svg")) {
            assertThat(out.resolve(file)).as(file).isNotEmptyFile();
        }
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("complementsRecovered").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(summary.get("substitutesRecovered").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(summary.get("baskets").asLong()).isPositive();
        assertThat(Files.readString(out.resolve("report.md"))).contains("## Substitutes").contains("Planted pairs");
    }

    @Test
    @DisplayName("reads Instacart's five files, a product name with a comma included")
    void instacart() throws IOException {
        Path data = Files.createDirectories(dir.resolve("instacart"));
        write(data, "aisles.csv", "aisle_id,aisle", "1,milk", "2,pasta");
        write(data, "products.csv", "product_id,product_name,aisle_id,department_id", "10,Whole Milk,1,16",
                "11,Oat Milk,1,16", "12,Spaghetti,2,9", "13,\"Sauce, Marinara\",2,9");
        write(data, "orders.csv", "order_id,user_id,eval_set,order_number,order_dow,order_hour_of_day,"
                + "days_since_prior_order", "1,7,prior,1,2,8,", "2,7,prior,2,3,9,7.0", "3,8,prior,1,1,10,",
                "4,8,train,2,1,10,3.0", "5,9,prior,1,1,10,", "6,9,prior,2,1,10,3.0");
        write(data, "order_products__prior.csv", "order_id,product_id,add_to_cart_order,reordered", "1,10,1,0",
                "1,12,2,0", "1,13,3,0", "2,11,1,0", "2,12,2,1", "2,13,3,1", "3,11,1,0", "5,11,1,0", "6,10,1,0");
        write(data, "order_products__train.csv", "order_id,product_id,add_to_cart_order,reordered", "4,10,1,0");
        Path out = dir.resolve("out");

        JobRun run = JobRun.of(RecommendationsJob::run, "--instacart", data.toString(), "--min-count", "1",
                "--min-switchers", "1", "--min-support", "0.3", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("related.csv"))).contains("Sauce; Marinara");
        assertThat(Files.readString(out.resolve("substitutes.csv"))).contains("Oat Milk,Whole Milk,milk,1.0,3,0");
        assertThat(out.resolve("next-basket.png")).isNotEmptyFile();
    }

    @Test
    @DisplayName("reads a basket-per-line file, and says that substitutes need customers")
    void basketLines() throws IOException {
        Path baskets = write(dir, "baskets.txt", "milk,bread", "milk, bread ,eggs", "", "tea");
        Path out = dir.resolve("out");

        JobRun run = JobRun.of(RecommendationsJob::run, "--baskets", baskets.toString(), "--min-count", "1",
                "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("related.csv"))).contains("bread,,1,milk,1.0,2,1.5");
        assertThat(Files.readString(out.resolve("report.md"))).contains("no customers");
        assertThat(out.resolve("next-basket.png")).doesNotExist();
    }

    static Stream<Arguments> badInput() {
        String usage = " (usage: recommendations [OPTIONS]; recommendations --help explains each)";
        return Stream.of(
                Arguments.of(List.of("--top", "0"), "--top '0' is not a whole number from 1 to 2147483647"),
                Arguments.of(List.of("--reducers", "0"), "--reducers '0' is not a whole number from 1 to 2147483647"),
                Arguments.of(List.of("--customers", "1"), "--customers '1' is not a whole number from 2 to 2147483647"),
                Arguments.of(List.of("--min-support", "0"), "--min-support '0' is not a number in (0, 1]"),
                Arguments.of(List.of("--min-confidence", "1.5"), "--min-confidence '1.5' is not a number in [0, 1]"),
                Arguments.of(List.of("--min-confidence", "x"), "--min-confidence 'x' is not a number"),
                Arguments.of(List.of("--top", "ten"), "--top 'ten' is not a whole number"),
                Arguments.of(List.of("--frobnicate", "1"), "unknown option '--frobnicate'" + usage),
                Arguments.of(List.of("--seed"), "--seed needs a value" + usage),
                Arguments.of(List.of("--top", "3", "--top", "4"), "--top is given twice" + usage),
                Arguments.of(List.of("--baskets", "a", "--instacart", "b"),
                        "--instacart cannot be used with --baskets: choose one of --baskets and --instacart" + usage),
                Arguments.of(List.of("--baskets", "a", "--customers", "10"),
                        "--customers cannot be used with an input: it is for the simulation" + usage),
                Arguments.of(List.of("--instacart", "b", "--seed", "3"),
                        "--seed cannot be used with an input: it is for the simulation" + usage),
                Arguments.of(List.of("--baskets", "missing.txt"),
                        "input 'missing.txt' does not exist or is not a file"),
                Arguments.of(List.of("--baskets", "EMPTY"), "input 'EMPTY' holds no basket..."),
                Arguments.of(List.of("--instacart", "NOFILES"), "input 'NOFILES/aisles.csv' does not exist"),
                Arguments.of(List.of("--instacart", "BADNUMBER"),
                        "input 'BADNUMBER/orders.csv' line 2: order_number 'one' is not a number"),
                Arguments.of(List.of("--instacart", "UNKNOWN"),
                        "input 'UNKNOWN/order_products__prior.csv' line 3: product_id '99' is not in products.csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    @DisplayName("bad input: one line naming the problem, exit 2, nothing written")
    void badInputIsOneLine(List<String> arguments, String message) throws IOException {
        Map<String, Path> inputs = Map.of("EMPTY", write(dir, "empty.txt", " , ", ""),
                "NOFILES", Files.createDirectories(dir.resolve("nofiles")),
                "BADNUMBER", instacartWith(dir.resolve("badnumber"), "1,7,prior,one,2,8,", "1,10,1,0"),
                "UNKNOWN", instacartWith(dir.resolve("unknown"), "1,7,prior,1,2,8,", "1,99,1,0"));
        String[] args = arguments.stream().map(a -> inputs.containsKey(a) ? inputs.get(a).toString() : a)
                .toArray(String[]::new);
        String expected = message;
        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            expected = expected.replace(input.getKey(), input.getValue().toString());
        }

        BadInputCheck.refuses(RecommendationsJob::run, expected, dir.resolve("out"), args);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("partial"));
        }
    }

    @Test
    @DisplayName("--help explains every option, with examples, and exits with 0")
    void help() {
        JobRun run = JobRun.of(RecommendationsJob::run, "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: recommendations");
        HelpCheck.explainsEveryOption(RecommendationsJob::run, new RecommendationsJob());
    }

    @Test
    @DisplayName("an output folder that holds files is refused, and left as it was")
    void refusesAFullOutputFolder() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        write(out, "keep.txt", "mine");

        JobRun run = JobRun.of(RecommendationsJob::run, "--customers", "50", "--out", out.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error()).contains("exists and is not empty");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(out.resolve("keep.txt"));
        }
    }

    private static Path instacartWith(Path data, String order, String orderProduct) throws IOException {
        Files.createDirectories(data);
        write(data, "aisles.csv", "aisle_id,aisle", "1,milk");
        write(data, "products.csv", "product_id,product_name,aisle_id,department_id", "10,Whole Milk,1,16");
        write(data, "orders.csv", "order_id,user_id,eval_set,order_number,order_dow,order_hour_of_day,"
                + "days_since_prior_order", order);
        write(data, "order_products__prior.csv", "order_id,product_id,add_to_cart_order,reordered", "1,10,1,0",
                orderProduct);
        return data;
    }

    private static Path write(Path folder, String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }
}
