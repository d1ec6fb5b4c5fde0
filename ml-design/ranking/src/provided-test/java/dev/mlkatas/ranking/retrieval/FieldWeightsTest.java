package dev.mlkatas.ranking.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("FieldWeights")
class FieldWeightsTest {

    @Test
    @DisplayName("the defaults are name 1.0, aisle 0.5, department 0.2")
    void defaults() {
        assertThat(FieldWeights.DEFAULT).isEqualTo(new FieldWeights(1.0, 0.5, 0.2));
        assertThat(FieldWeights.DEFAULT.of(CatalogField.NAME)).isEqualTo(1.0);
        assertThat(FieldWeights.DEFAULT.of(CatalogField.AISLE)).isEqualTo(0.5);
        assertThat(FieldWeights.DEFAULT.of(CatalogField.DEPARTMENT)).isEqualTo(0.2);
    }

    @Test
    @DisplayName("rejects a negative or non-finite weight, naming the field")
    void rejectsBadWeights() {
        assertThatThrownBy(() -> new FieldWeights(1.0, -0.5, 0.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field weights: the aisle weight -0.5 is not a finite number of at least 0");
        assertThatThrownBy(() -> new FieldWeights(Double.NaN, 0.5, 0.2)).hasMessageContaining("the name weight NaN");
        assertThatThrownBy(() -> new FieldWeights(1.0, 0.5, Double.POSITIVE_INFINITY))
                .hasMessageContaining("the department weight Infinity");
    }

    @Test
    @DisplayName("rejects weights that are all 0: nothing could match")
    void rejectsAllZero() {
        assertThatThrownBy(() -> new FieldWeights(0, 0, 0))
                .hasMessage("field weights: at least one weight must be positive, all are 0");
    }

    @Test
    @DisplayName("has no weight for the brand, which is not scored")
    void noBrandWeight() {
        assertThatThrownBy(() -> FieldWeights.DEFAULT.of(CatalogField.BRAND))
                .hasMessage("the brand field is not scored");
    }
}
