package dev.mlkatas.recommendations;

import dev.mlkatas.jobs.BadInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the two input formats: a file of one basket per line (comma-separated items), and Instacart's public
 * "Market Basket Analysis" files ({@code orders.csv}, {@code order_products__prior.csv} and
 * {@code order_products__train.csv}, {@code products.csv}, {@code aisles.csv}).
 *
 * <p>Example: {@code DatasetReaders.instacart(Path.of("instacart"))}. A comma inside a product name becomes a
 * semicolon, since the co-occurrence job reads items separated by commas.
 */
public final class DatasetReaders {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private DatasetReaders() {
    }

    /** One basket per non-blank line, each item once, as task 1 splits them; at least one basket. */
    public static Dataset basketLines(Path file) throws BadInputException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("input '" + file + "' does not exist or is not a file");
        }
        List<List<String>> baskets = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Set<String> items = new LinkedHashSet<>();
            for (String part : line.split(",")) {
                if (!part.strip().isEmpty()) {
                    items.add(part.strip());
                }
            }
            if (!items.isEmpty()) {
                baskets.add(List.copyOf(items));
            }
        }
        if (baskets.isEmpty()) {
            throw new BadInputException("input '" + file + "' holds no basket (one basket per line, items separated"
                    + " by commas)");
        }
        return new Dataset(file.toString(), baskets, List.of(), Map.of());
    }

    /** Instacart's files in {@code dir}; the train file is optional. */
    public static Dataset instacart(Path dir) throws BadInputException, IOException {
        Map<String, String> aisleNames = new HashMap<>();
        read(dir, "aisles.csv", List.of("aisle_id", "aisle"), r -> aisleNames.put(r.get("aisle_id"), r.get("aisle")));
        Map<String, String> names = new HashMap<>();
        Map<String, String> aisles = new LinkedHashMap<>();
        read(dir, "products.csv", List.of("product_id", "product_name", "aisle_id"), r -> {
            String name = r.get("product_name").strip().replace(',', ';');
            String aisle = aisleNames.get(r.get("aisle_id"));
            if (name.isEmpty() || aisle == null) {
                throw new BadInputException(where(dir, "products.csv", r) + (name.isEmpty() ? "product_name is empty"
                        : "aisle_id '" + r.get("aisle_id") + "' is not in aisles.csv"));
            }
            names.put(r.get("product_id"), name);
            aisles.put(name, aisle);
        });
        Map<String, String[]> orderOwners = new HashMap<>();
        read(dir, "orders.csv", List.of("order_id", "user_id", "order_number"), r -> {
            number(dir, "orders.csv", r, "order_number");
            orderOwners.put(r.get("order_id"), new String[] {r.get("user_id"), r.get("order_number")});
        });
        Map<String, Set<String>> items = new LinkedHashMap<>();
        for (String file : List.of("order_products__prior.csv", "order_products__train.csv")) {
            if (file.endsWith("train.csv") && !Files.exists(dir.resolve(file))) {
                continue;
            }
            read(dir, file, List.of("order_id", "product_id"), r -> {
                String name = names.get(r.get("product_id"));
                if (name == null || !orderOwners.containsKey(r.get("order_id"))) {
                    throw new BadInputException(where(dir, file, r) + (name == null
                            ? "product_id '" + r.get("product_id") + "' is not in products.csv"
                            : "order_id '" + r.get("order_id") + "' is not in orders.csv"));
                }
                items.computeIfAbsent(r.get("order_id"), o -> new LinkedHashSet<>()).add(name);
            });
        }
        if (items.isEmpty()) {
            throw new BadInputException("input '" + dir + "': the order_products files hold no order");
        }
        List<Order> orders = new ArrayList<>();
        List<List<String>> baskets = new ArrayList<>();
        items.forEach((order, products) -> {
            String[] owner = orderOwners.get(order);
            orders.add(new Order(owner[0], Integer.parseInt(owner[1].strip()), List.copyOf(products)));
            baskets.add(List.copyOf(products));
        });
        return new Dataset(dir.toString(), baskets, orders, aisles);
    }

    private interface RecordAction {
        void accept(CSVRecord record) throws BadInputException;
    }

    private static void read(Path dir, String name, List<String> columns, RecordAction action)
            throws BadInputException, IOException {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("input '" + file + "' does not exist");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSV.parse(reader)) {
            for (String column : columns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new BadInputException("input '" + file + "': column '" + column + "' is missing");
                }
            }
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new BadInputException(where(dir, name, record) + record.size() + " fields, the header has "
                            + parser.getHeaderMap().size());
                }
                action.accept(record);
            }
        } catch (java.io.UncheckedIOException e) {
            throw new BadInputException("input '" + file + "': " + e.getCause().getMessage());
        }
    }

    private static void number(Path dir, String name, CSVRecord record, String column) throws BadInputException {
        try {
            Integer.parseInt(record.get(column).strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(where(dir, name, record) + column + " '" + record.get(column)
                    + "' is not a number");
        }
    }

    private static String where(Path dir, String name, CSVRecord record) {
        return "input '" + dir.resolve(name) + "' line " + (record.getRecordNumber() + 1) + ": ";
    }
}
