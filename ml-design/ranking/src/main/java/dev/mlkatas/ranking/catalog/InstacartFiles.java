package dev.mlkatas.ranking.catalog;

import dev.mlkatas.csv.CsvTable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A catalogue as a folder of CSV files in the schema of the Instacart Online Grocery Shopping Dataset
 * 2017, plus an optional side table of our own:
 *
 * <pre>
 * products.csv          product_id,product_name,aisle_id,department_id
 * aisles.csv            aisle_id,aisle
 * departments.csv       department_id,department
 * product_details.csv   product_id,brand,price,in_stock      (optional)
 * </pre>
 *
 * <p>Every file is UTF-8 with a header; columns are found by name, in any order, and other columns are
 * ignored. Ids are positive whole numbers, unique in their file; names are quoted when they hold a comma or
 * a quote, as in the real files ({@code "Pure Irish Butter, Salted"}). In the side table, {@code brand} may
 * be empty, {@code price} is a decimal number with a dot and no unit ({@code 12.99}) or empty when unknown,
 * and {@code in_stock} is {@code true} or {@code false}. A product the side table does not list has no
 * brand, no price and is in stock, as is every product of a folder without it (the real files have none).
 *
 * <p>Example: {@code Catalog catalog = InstacartFiles.read(Path.of("instacart_2017_05_01"));}
 */
public final class InstacartFiles {

    public static final String PRODUCTS = "products.csv";
    public static final String AISLES = "aisles.csv";
    public static final String DEPARTMENTS = "departments.csv";
    public static final String DETAILS = "product_details.csv";

    private static final List<String> FILES = List.of(DEPARTMENTS, AISLES, PRODUCTS, DETAILS);
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private InstacartFiles() {
    }

    /**
     * Reads the catalogue in {@code dir}; its source is the folder.
     *
     * @throws CatalogFormatException naming the file and the line of the first problem: a missing file or
     *     column, an empty, malformed or repeated id, a product naming an aisle or department that does not
     *     exist, a bad price or stock flag
     * @throws UncheckedIOException if a file exists but cannot be read
     */
    public static Catalog read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CatalogFormatException(dir + ": no such folder (expected " + PRODUCTS + ", " + AISLES + " and "
                    + DEPARTMENTS + " in it)");
        }
        Map<String, String> files = new HashMap<>();
        for (String name : FILES) {
            Path file = dir.resolve(name);
            if (!Files.exists(file)) {
                if (!name.equals(DETAILS)) {
                    throw new CatalogFormatException(file + ": no such file");
                }
                continue;
            }
            try {
                files.put(name, Files.readString(file, StandardCharsets.UTF_8));
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new CatalogFormatException(name + ": is not a UTF-8 text file");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return fromCsv(files, dir.toString());
    }

    /**
     * The catalogue held by the texts of its files, by file name; {@link #DETAILS} may be absent.
     *
     * @param source where the files came from, for reports
     * @throws CatalogFormatException as {@link #read} does
     */
    public static Catalog fromCsv(Map<String, String> files, String source) {
        for (String name : List.of(PRODUCTS, AISLES, DEPARTMENTS)) {
            if (!files.containsKey(name)) {
                throw new CatalogFormatException(name + ": missing (a catalogue has " + PRODUCTS + ", " + AISLES
                        + " and " + DEPARTMENTS + ")");
            }
        }
        Map<Integer, String> departments = names(DEPARTMENTS, files.get(DEPARTMENTS), "department_id", "department");
        Map<Integer, String> aisles = names(AISLES, files.get(AISLES), "aisle_id", "aisle");
        List<Product> products = new ArrayList<>();
        Map<Integer, Long> lines = new HashMap<>();
        try (CsvTable table = table(PRODUCTS, files, "product_id", "product_name", "aisle_id", "department_id")) {
            for (CsvTable.Row row : table) {
                int id = uniqueId(row, "product_id", lines);
                String name = row.nonBlank("product_name");
                int aisleId = row.id("aisle_id");
                int departmentId = row.id("department_id");
                String aisle = aisles.get(aisleId);
                if (aisle == null) {
                    throw row.problem("aisle_id " + aisleId + " is not in " + AISLES);
                }
                String department = departments.get(departmentId);
                if (department == null) {
                    throw row.problem("department_id " + departmentId + " is not in " + DEPARTMENTS);
                }
                products.add(new Product(id, name, aisleId, aisle, departmentId, department, "", Double.NaN, true));
            }
        }
        if (files.containsKey(DETAILS)) {
            products = withDetails(products, files);
        }
        return new Catalog(source, products);
    }

    /**
     * Writes the four files of {@code catalog} into {@code dir}, which is created if needed.
     *
     * @throws IllegalArgumentException naming the file if any of the four exists already (nothing is
     *     written then), or as {@link #toCsv} does
     * @throws UncheckedIOException if a file cannot be written
     */
    public static void write(Catalog catalog, Path dir) {
        for (String name : FILES) {
            if (Files.exists(dir.resolve(name))) {
                throw new IllegalArgumentException(dir.resolve(name) + ": already exists; a catalogue is never "
                        + "written over, choose a new folder");
            }
        }
        Map<String, String> files = toCsv(catalog);
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the catalogue into " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The texts of the four files of {@code catalog}, by file name. Aisles and departments are those the
     * products name, by id; prices are written in full ({@code 12.99}, {@code 0.1}), unknown ones empty.
     *
     * @throws IllegalArgumentException naming the product if two products give one aisle or department id
     *     two names, or a price is negative or infinite
     */
    public static Map<String, String> toCsv(Catalog catalog) {
        SortedMap<Integer, String> aisles = new TreeMap<>();
        SortedMap<Integer, String> departments = new TreeMap<>();
        for (Product product : catalog.products()) {
            putName(aisles, product.aisleId(), product.aisle(), "aisle", product);
            putName(departments, product.departmentId(), product.department(), "department", product);
            if (product.hasPrice() && !(product.price() >= 0 && Double.isFinite(product.price()))) {
                throw new IllegalArgumentException("product " + product.id() + ": price " + product.price()
                        + " cannot be written (a price is a finite number of at least 0)");
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(DEPARTMENTS, csv(List.of("department_id", "department"), departments.entrySet().stream()
                .map(department -> List.<Object>of(department.getKey(), department.getValue())).toList()));
        files.put(AISLES, csv(List.of("aisle_id", "aisle"), aisles.entrySet().stream()
                .map(aisle -> List.<Object>of(aisle.getKey(), aisle.getValue())).toList()));
        files.put(PRODUCTS, csv(List.of("product_id", "product_name", "aisle_id", "department_id"),
                catalog.products().stream()
                        .map(p -> List.<Object>of(p.id(), p.name(), p.aisleId(), p.departmentId())).toList()));
        files.put(DETAILS, csv(List.of("product_id", "brand", "price", "in_stock"), catalog.products().stream()
                .map(p -> List.<Object>of(p.id(), p.brand(),
                        p.hasPrice() ? BigDecimal.valueOf(p.price()).toPlainString() : "", p.inStock()))
                .toList()));
        return files;
    }

    /** An id-to-name table such as aisles.csv. */
    private static Map<Integer, String> names(String file, String text, String idColumn, String nameColumn) {
        Map<Integer, String> names = new HashMap<>();
        Map<Integer, Long> lines = new HashMap<>();
        try (CsvTable table = CsvTable.of(file, new StringReader(text), CatalogFormatException::new, idColumn,
                nameColumn)) {
            for (CsvTable.Row row : table) {
                names.put(uniqueId(row, idColumn, lines), row.nonBlank(nameColumn));
            }
        }
        return names;
    }

    private static List<Product> withDetails(List<Product> products, Map<String, String> files) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < products.size(); i++) {
            index.put(products.get(i).id(), i);
        }
        List<Product> detailed = new ArrayList<>(products);
        Map<Integer, Long> lines = new HashMap<>();
        try (CsvTable table = table(DETAILS, files, "product_id", "brand", "price", "in_stock")) {
            for (CsvTable.Row row : table) {
                int id = uniqueId(row, "product_id", lines);
                Integer at = index.get(id);
                if (at == null) {
                    throw row.problem("product_id " + id + " is not in " + PRODUCTS);
                }
                Product p = products.get(at);
                detailed.set(at, new Product(p.id(), p.name(), p.aisleId(), p.aisle(), p.departmentId(),
                        p.department(), row.text("brand"), price(row), inStock(row)));
            }
        }
        return detailed;
    }

    private static CsvTable table(String name, Map<String, String> files, String... columns) {
        return CsvTable.of(name, new StringReader(files.get(name)), CatalogFormatException::new, columns);
    }

    private static int uniqueId(CsvTable.Row row, String column, Map<Integer, Long> lines) {
        int id = row.id(column);
        Long first = lines.putIfAbsent(id, row.line());
        if (first != null) {
            throw row.problem(column + " " + id + " appears twice (first on line " + first + ")");
        }
        return id;
    }

    private static double price(CsvTable.Row row) {
        String text = row.text("price").strip();
        if (text.isEmpty()) {
            return Double.NaN;
        }
        if (text.startsWith("-") && DECIMAL.matcher(text.substring(1)).matches()) {
            throw row.problem("price '" + text + "' is negative");
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw row.problem("price '" + text + "' is not a decimal number such as 12.99");
        }
        return Double.parseDouble(text);
    }

    private static boolean inStock(CsvTable.Row row) {
        String text = row.text("in_stock").strip();
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw row.problem("in_stock '" + text + "' is not true or false");
        };
    }

    private static void putName(Map<Integer, String> names, int id, String name, String what, Product product) {
        String known = names.putIfAbsent(id, name);
        if (known != null && !known.equals(name)) {
            throw new IllegalArgumentException("product " + product.id() + ": " + what + " " + id + " is called '"
                    + name + "', but an earlier product calls it '" + known + "'");
        }
    }

    private static String csv(List<String> header, List<List<Object>> rows) {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter out = WRITE.print(text)) {
            out.printRecord(header);
            for (List<Object> row : rows) {
                out.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
