package dev.mlkatas.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 2: StratifiedKFold.split")
class StratifiedKFoldTest {

    @Test
    @DisplayName("splits the statement's example into two folds with one 1 and two 0s each")
    void statementsExample() {
        int[] labels = {1, 0, 0, 1, 0, 0};

        int[][] folds = StratifiedKFold.split(labels, 2, 7);

        assertThat(folds).hasNumberOfRows(2);
        for (int[] fold : folds) {
            assertThat(fold).hasSize(3);
            assertThat(Arrays.stream(fold).map(row -> labels[row]).sum()).isOne();
        }
    }

    @Test
    @DisplayName("returns k folds whose rows are sorted ascending and together are every row once")
    void partitionsTheRows() {
        int[][] folds = StratifiedKFold.split(new int[] {0, 1, 1, 0, 0, 0, 1, 0, 0, 1, 0}, 3, 1);

        assertThat(folds).hasNumberOfRows(3);
        for (int[] fold : folds) {
            assertThat(fold).isSorted();
        }
        assertThat(Arrays.stream(folds).flatMapToInt(Arrays::stream).sorted().toArray())
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    @DisplayName("spreads 5 positives over 5 folds one each, even when they are the first rows")
    void spreadsARareClass() {
        int[] labels = new int[50];
        Arrays.fill(labels, 0, 5, 1);

        int[][] folds = StratifiedKFold.split(labels, 5, 11);

        for (int[] fold : folds) {
            assertThat(Arrays.stream(fold).map(row -> labels[row]).sum()).isOne();
            assertThat(fold).hasSize(10);
        }
    }

    @Test
    @DisplayName("gives the same folds for the same seed")
    void sameSeedSameFolds() {
        int[] labels = {0, 1, 0, 1, 1, 0, 0, 0, 1, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 0};

        assertThat(StratifiedKFold.split(labels, 4, 42)).isDeepEqualTo(StratifiedKFold.split(labels, 4, 42));
    }

    @Test
    @DisplayName("shuffles: other seeds give other folds, and the folds are not runs of consecutive rows")
    void shuffles() {
        int[] labels = new int[200];
        for (int i = 0; i < labels.length; i += 3) {
            labels[i] = 1;
        }

        int[][] first = StratifiedKFold.split(labels, 5, 1);
        int[][] second = StratifiedKFold.split(labels, 5, 2);

        assertThat(Arrays.deepEquals(first, second)).isFalse();
        for (int[] fold : first) {
            assertThat(fold[fold.length - 1] - fold[0]).isGreaterThan(fold.length);
        }
    }

    @Test
    @DisplayName("allows k equal to the number of rows: leave-one-out")
    void leaveOneOut() {
        int[][] folds = StratifiedKFold.split(new int[] {1, 0, 1, 0}, 4, 3);

        assertThat(folds).hasNumberOfRows(4);
        assertThat(Arrays.stream(folds).mapToInt(fold -> fold.length)).containsOnly(1);
    }

    @Test
    @DisplayName("works for labels of one class, and for more than two classes")
    void anyClasses() {
        int[][] oneClass = StratifiedKFold.split(new int[] {1, 1, 1, 1, 1, 1}, 3, 5);
        int[][] threeClasses = StratifiedKFold.split(new int[] {2, 0, 1, 2, 0, 1, 2, 0, 1}, 3, 5);

        assertThat(Arrays.stream(oneClass).mapToInt(fold -> fold.length)).containsOnly(2);
        int[] labels = {2, 0, 1, 2, 0, 1, 2, 0, 1};
        for (int[] fold : threeClasses) {
            assertThat(Arrays.stream(fold).map(row -> labels[row]).sorted().toArray()).containsExactly(0, 1, 2);
        }
    }

    @Test
    @DisplayName("keeps the folds' sizes within one row when every class leaves a row over: 3 + 3 + 3 rows, 2 folds")
    void evenSizesWhenEveryClassHasARemainder() {
        int[] labels = {0, 1, 2, 0, 1, 2, 0, 1, 2};

        int[][] folds = StratifiedKFold.split(labels, 2, 13);

        // Each class gives one fold 2 rows and the other 1; the folds are 5 and 4 rows only if the spare rows
        // of the classes go to different folds.
        assertThat(Arrays.stream(folds).mapToInt(fold -> fold.length).sorted().toArray()).containsExactly(4, 5);
        for (int[] fold : folds) {
            assertThat(Arrays.stream(fold).map(row -> labels[row]).distinct().sorted().toArray())
                    .containsExactly(0, 1, 2);
        }
    }

    @Test
    @DisplayName("rejects k below 2 or above the number of rows")
    void rejectsBadK() {
        assertThatThrownBy(() -> StratifiedKFold.split(new int[] {0, 1, 0}, 1, 7))
                .isInstanceOf(IllegalArgumentException.class).message().isNotBlank();
        assertThatThrownBy(() -> StratifiedKFold.split(new int[] {0, 1, 0}, 4, 7))
                .isInstanceOf(IllegalArgumentException.class).message().isNotBlank();
        assertThatThrownBy(() -> StratifiedKFold.split(new int[0], 2, 7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("rejects null with a NullPointerException that says what is wrong")
    void rejectsNull() {
        assertThatThrownBy(() -> StratifiedKFold.split(null, 2, 7)).isInstanceOf(NullPointerException.class)
                .message().isNotBlank();
    }

    @Test
    @DisplayName("leaves the labels as they were")
    void leavesInputAlone() {
        int[] labels = {1, 0, 0, 1, 0, 1, 0};

        StratifiedKFold.split(labels, 3, 9);

        assertThat(labels).containsExactly(1, 0, 0, 1, 0, 1, 0);
    }
}
