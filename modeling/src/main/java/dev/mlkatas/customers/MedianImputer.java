package dev.mlkatas.customers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import smile.math.MathEx;

/**
 * Fills missing numbers ({@code NaN}) with the median of their column, the medians learnt from the rows a
 * model is fitted on, so that no figure of a validation row leaks into the model.
 *
 * <p>Example: {@code MedianImputer imputer = MedianImputer.fit(x, trainingRows); double[][] filled = imputer.apply(x, rows);}
 */
public final class MedianImputer {

    private final double[] medians;

    private MedianImputer(double[] medians) {
        this.medians = medians;
    }

    /** Learns each column's median over {@code rows}; a column with no value there gets 0. */
    public static MedianImputer fit(double[][] x, int[] rows) {
        int columns = x[0].length;
        double[] medians = new double[columns];
        double[] values = new double[rows.length];
        for (int c = 0; c < columns; c++) {
            int count = 0;
            for (int row : rows) {
                if (!Double.isNaN(x[row][c])) {
                    values[count++] = x[row][c];
                }
            }
            // MathEx.median reorders its argument: hand it a copy.
            medians[c] = count == 0 ? 0 : MathEx.median(Arrays.copyOf(values, count));
        }
        return new MedianImputer(medians);
    }

    /** Copies of the rows {@code rows} of {@code x} with every {@code NaN} replaced by its column's median. */
    public double[][] apply(double[][] x, int[] rows) {
        double[][] filled = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            filled[i] = x[rows[i]].clone();
            for (int c = 0; c < filled[i].length; c++) {
                if (Double.isNaN(filled[i][c])) {
                    filled[i][c] = medians[c];
                }
            }
        }
        return filled;
    }

    /** One line per column with blanks among {@code rows}: how many, and the median that fills them. */
    public List<String> describe(double[][] x, int[] rows, List<String> names) {
        List<String> notes = new ArrayList<>();
        for (int c = 0; c < medians.length; c++) {
            int blanks = 0;
            for (int row : rows) {
                if (Double.isNaN(x[row][c])) {
                    blanks++;
                }
            }
            if (blanks > 0) {
                notes.add(String.format(Locale.ROOT, "'%s': %d of %d values missing, filled with the median %.4g",
                        names.get(c), blanks, rows.length, medians[c]));
            }
        }
        return notes;
    }

    public double median(int column) {
        return medians[column];
    }
}
