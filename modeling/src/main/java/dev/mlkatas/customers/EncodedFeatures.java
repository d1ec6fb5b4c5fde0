package dev.mlkatas.customers;

import dev.mlkatas.customers.CustomerTable.Column;
import java.util.ArrayList;
import java.util.List;
import smile.data.CategoricalEncoder;
import smile.data.DataFrame;
import smile.data.measure.NominalScale;
import smile.data.vector.BaseVector;
import smile.data.vector.DoubleVector;
import smile.data.vector.StringVector;

/**
 * A customer table's features as numbers: numeric columns as they are (blanks stay {@code NaN}), text
 * columns one-hot encoded by Smile, one 0/1 column per level, a blank being a level of its own called
 * {@code (blank)}. The same levels for every row, since the whole table is encoded at once.
 *
 * <p>Example: {@code EncodedFeatures.of(table).x()}
 *
 * @param x one row of numbers per customer
 * @param names the name of each number: {@code plan=plus} for a one-hot column
 * @param notes one line per text column: how it was encoded
 */
public record EncodedFeatures(double[][] x, List<String> names, List<String> notes) {

    public static final String BLANK = "(blank)";

    public static EncodedFeatures of(CustomerTable table) {
        List<BaseVector<?, ?, ?>> vectors = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.isNumeric()) {
                vectors.add(DoubleVector.of(column.name(), column.numbers()));
            } else {
                String[] values = column.texts().clone();
                for (int i = 0; i < values.length; i++) {
                    values[i] = values[i] == null ? BLANK : values[i];
                }
                vectors.add(StringVector.of(column.name(), values));
                text.add(column.name());
            }
        }
        DataFrame frame = DataFrame.of(vectors.toArray(BaseVector[]::new));
        if (!text.isEmpty()) {
            frame = frame.factorize(text.toArray(String[]::new));
        }
        String[] columns = table.columns().stream().map(Column::name).toArray(String[]::new);
        double[][] x = frame.toArray(false, CategoricalEncoder.ONE_HOT, columns);

        List<String> names = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.isNumeric()) {
                names.add(column.name());
                continue;
            }
            NominalScale scale = (NominalScale) frame.schema().field(column.name()).measure;
            List<String> levels = new ArrayList<>();
            for (String level : scale.levels()) {
                names.add(column.name() + "=" + level);
                levels.add(level);
            }
            notes.add("'" + column.name() + "' is text: one-hot encoded into " + levels.size() + " columns, one per level "
                    + levels + (column.blanks() > 0 ? " (" + column.blanks() + " blanks form the level " + BLANK + ")" : ""));
        }
        if (names.size() != x[0].length) {
            throw new IllegalStateException("Smile encoded " + x[0].length + " columns, expected " + names.size());
        }
        return new EncodedFeatures(x, List.copyOf(names), List.copyOf(notes));
    }
}
