package dev.mlkatas.grocery.world.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.grocery.world.GroceryWorld;
import dev.mlkatas.grocery.world.WorldSettings;
import dev.mlkatas.grocery.world.orders.Order;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldCsvTest {

    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    @Test
    @DisplayName("writes every table, orders with their amounts and items that name catalogue products")
    void writesTheWorld(@TempDir Path directory) throws IOException {
        GroceryWorld world = GroceryWorld.generate(WorldSettings.of(50, 7));
        long written = WorldCsv.write(world, directory);

        List<Order> orders = world.orders().toList();
        assertThat(written).isEqualTo(orders.size());
        for (String file : WorldCsv.FILES) {
            assertThat(directory.resolve(file)).exists();
        }
        List<CSVRecord> orderRows = read(directory.resolve("orders.csv"));
        assertThat(orderRows).hasSize(orders.size());
        assertThat(orderRows.get(0).toMap()).containsEntry("order_id", orders.get(0).id())
                .containsEntry("customer_id", "C000001")
                .containsEntry("date", orders.get(0).date().toString())
                .containsEntry("amount", String.format(java.util.Locale.ROOT, "%.2f", orders.get(0).amount()));

        Set<String> products = read(directory.resolve("products.csv")).stream().map(r -> r.get("product_id"))
                .collect(Collectors.toSet());
        assertThat(products).hasSize(world.catalogue().size());
        List<CSVRecord> items = read(directory.resolve("order_items.csv"));
        assertThat(items).hasSize(orders.stream().mapToInt(order -> order.items().size()).sum());
        assertThat(items).allSatisfy(item -> assertThat(products).contains(item.get("product_id")));

        List<CSVRecord> customers = read(directory.resolve("customers.csv"));
        assertThat(customers).hasSize(50);
        assertThat(customers.get(0).getParser().getHeaderNames()).containsExactly("customer_id",
                "fee_sensitivity", "late_deliveries", "support_contacts", "plan", "region");
        assertThat(read(directory.resolve("stores.csv"))).hasSize(4);
        assertThat(read(directory.resolve("homes.csv"))).hasSize(50);
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return READ.parse(reader).getRecords();
        }
    }
}
