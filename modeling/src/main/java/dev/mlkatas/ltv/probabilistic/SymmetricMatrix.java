package dev.mlkatas.ltv.probabilistic;

/**
 * The inverse of a small symmetric positive-definite matrix by its Cholesky factor. Smile's own matrices
 * call a native BLAS, which this project leaves out; the Hessians here are 3 by 3 and 4 by 4.
 *
 * <p>Example: {@code SymmetricMatrix.inverse(new double[][] {{4, 2}, {2, 3}})}
 */
final class SymmetricMatrix {

    private SymmetricMatrix() {
    }

    /** The inverse, or null when the matrix is not positive definite (a flat or saddle-shaped maximum). */
    static double[][] inverse(double[][] matrix) {
        int n = matrix.length;
        double[][] lower = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = matrix[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= lower[i][k] * lower[j][k];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        return null;
                    }
                    lower[i][i] = Math.sqrt(sum);
                } else {
                    lower[i][j] = sum / lower[j][j];
                }
            }
        }
        // Solve L Lᵀ X = I one column at a time.
        double[][] inverse = new double[n][n];
        for (int column = 0; column < n; column++) {
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = i == column ? 1 : 0;
                for (int k = 0; k < i; k++) {
                    sum -= lower[i][k] * y[k];
                }
                y[i] = sum / lower[i][i];
            }
            for (int i = n - 1; i >= 0; i--) {
                double sum = y[i];
                for (int k = i + 1; k < n; k++) {
                    sum -= lower[k][i] * inverse[k][column];
                }
                inverse[i][column] = sum / lower[i][i];
            }
        }
        return inverse;
    }
}
