package dev.mlkatas.ranking.dense;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * A sparse matrix stored row by row (compressed sparse rows): the document × term matrix of the dense
 * model, tens of thousands of rows with a handful of non-zeros each, which no dense matrix should hold.
 *
 * <p>Example: {@code new SparseRows.Builder(terms).add(new int[] {0, 3}, new double[] {0.6, 0.8}).build()}
 * is a one-row matrix.
 */
final class SparseRows {

    private final int columns;
    private final int[] rowStart;
    private final int[] columnIndex;
    private final double[] values;

    private SparseRows(int columns, int[] rowStart, int[] columnIndex, double[] values) {
        this.columns = columns;
        this.rowStart = rowStart;
        this.columnIndex = columnIndex;
        this.values = values;
    }

    int rows() {
        return rowStart.length - 1;
    }

    int columns() {
        return columns;
    }

    /** This matrix times a dense {@code columns × k} matrix: a dense {@code rows × k} matrix. */
    DMatrixRMaj times(DMatrixRMaj dense) {
        int k = dense.numCols;
        DMatrixRMaj result = new DMatrixRMaj(rows(), k);
        double[] out = result.data;
        double[] in = dense.data;
        for (int row = 0; row < rows(); row++) {
            int target = row * k;
            for (int at = rowStart[row]; at < rowStart[row + 1]; at++) {
                int source = columnIndex[at] * k;
                double value = values[at];
                for (int j = 0; j < k; j++) {
                    out[target + j] += value * in[source + j];
                }
            }
        }
        return result;
    }

    /** The transpose of this matrix times a dense {@code rows × k} matrix: a dense {@code columns × k} matrix. */
    DMatrixRMaj transposeTimes(DMatrixRMaj dense) {
        int k = dense.numCols;
        DMatrixRMaj result = new DMatrixRMaj(columns, k);
        double[] out = result.data;
        double[] in = dense.data;
        for (int row = 0; row < rows(); row++) {
            int source = row * k;
            for (int at = rowStart[row]; at < rowStart[row + 1]; at++) {
                int target = columnIndex[at] * k;
                double value = values[at];
                for (int j = 0; j < k; j++) {
                    out[target + j] += value * in[source + j];
                }
            }
        }
        return result;
    }

    /** Collects rows one at a time. */
    static final class Builder {

        private final int columns;
        private int[] rowStart = new int[16];
        private int[] columnIndex = new int[64];
        private double[] values = new double[64];
        private int rows;
        private int size;

        Builder(int columns) {
            this.columns = columns;
        }

        /** Appends a row given by its non-zero columns and their values. */
        Builder add(int[] rowColumns, double[] rowValues) {
            if (rows + 2 > rowStart.length) {
                rowStart = Arrays.copyOf(rowStart, rowStart.length * 2);
            }
            while (size + rowColumns.length > columnIndex.length) {
                columnIndex = Arrays.copyOf(columnIndex, columnIndex.length * 2);
                values = Arrays.copyOf(values, values.length * 2);
            }
            for (int i = 0; i < rowColumns.length; i++) {
                if (rowColumns[i] < 0 || rowColumns[i] >= columns) {
                    throw new IllegalArgumentException(
                            "column " + rowColumns[i] + " is outside a matrix of " + columns + " columns");
                }
                columnIndex[size] = rowColumns[i];
                values[size] = rowValues[i];
                size++;
            }
            rows++;
            rowStart[rows] = size;
            return this;
        }

        SparseRows build() {
            return new SparseRows(columns, Arrays.copyOf(rowStart, rows + 1), Arrays.copyOf(columnIndex, size),
                    Arrays.copyOf(values, size));
        }
    }
}
