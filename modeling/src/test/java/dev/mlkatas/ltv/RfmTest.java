package dev.mlkatas.ltv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mlkatas.orders.CustomerHistory;
import dev.mlkatas.orders.CustomerHistory.Order;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Task 1: Rfm.summarize on hand-made histories")
class RfmTest {

    private static final LocalDate END = LocalDate.parse("2024-02-12");

    @Test
    @DisplayName("gives the statement's example: RfmSummary(2, 4.0, 6.0, 27.5) in weeks")
    void statementsExample() {
        CustomerHistory history = history("2024-01-01", 10, "2024-01-15", 20, "2024-01-15", 5, "2024-01-29", 30);

        assertThat(Rfm.summarize(history, END, TimeUnit.WEEKS)).isEqualTo(new RfmSummary(2, 4.0, 6.0, 27.5));
    }

    @Test
    @DisplayName("counts the same history in days when asked")
    void inDays() {
        CustomerHistory history = history("2024-01-01", 10, "2024-01-15", 20, "2024-01-15", 5, "2024-01-29", 30);

        assertThat(Rfm.summarize(history, END, TimeUnit.DAYS)).isEqualTo(new RfmSummary(2, 28.0, 42.0, 27.5));
    }

    @Test
    @DisplayName("summarises a single order as no repeat: frequency 0, recency 0, monetary value 0")
    void singleOrder() {
        assertThat(Rfm.summarize(history("2024-02-01", 80), END, TimeUnit.DAYS)).isEqualTo(new RfmSummary(0, 0, 11, 0));
    }

    @Test
    @DisplayName("treats several orders on the first day as the first transaction: no repeat, not in monetary value")
    void ordersOnTheFirstDay() {
        CustomerHistory history = history("2024-01-10", 40, "2024-01-10", 7, "2024-01-10", 3);

        assertThat(Rfm.summarize(history, END, TimeUnit.DAYS)).isEqualTo(new RfmSummary(0, 0, 33, 0));
    }

    @Test
    @DisplayName("adds the orders of one later day into one repeat transaction")
    void ordersOfOneDayAreOneTransaction() {
        CustomerHistory history = history("2024-01-01", 50, "2024-01-08", 30, "2024-01-08", 12, "2024-01-08", 8);

        assertThat(Rfm.summarize(history, END, TimeUnit.DAYS)).isEqualTo(new RfmSummary(1, 7, 42, 50));
    }

    @Test
    @DisplayName("ignores orders after the calibration end, and counts one placed on it")
    void calibrationEndIsInclusive() {
        CustomerHistory history = history("2024-01-01", 10, "2024-02-12", 30, "2024-02-13", 1000, "2024-05-01", 1000);

        assertThat(Rfm.summarize(history, END, TimeUnit.DAYS)).isEqualTo(new RfmSummary(1, 42, 42, 30));
    }

    @Test
    @DisplayName("gives age 0 to a customer whose first order is on the calibration end")
    void firstOrderOnTheEnd() {
        assertThat(Rfm.summarize(history("2024-02-12", 15, "2024-02-12", 4), END, TimeUnit.WEEKS))
                .isEqualTo(new RfmSummary(0, 0, 0, 0));
    }

    @Test
    @DisplayName("averages the repeat transactions, zero-value ones included")
    void averagesRepeats() {
        CustomerHistory history = history("2023-12-01", 99, "2023-12-05", 0, "2023-12-20", 60, "2024-01-30", 30);

        RfmSummary summary = Rfm.summarize(history, END, TimeUnit.DAYS);

        assertThat(summary.frequency()).isEqualTo(3);
        assertThat(summary.monetaryValue()).isEqualTo(30.0);
        assertThat(summary.recency()).isEqualTo(60.0);
        assertThat(summary.age()).isEqualTo(73.0);
    }

    @Test
    @DisplayName("gives weeks as fractions, not rounded")
    void fractionalWeeks() {
        RfmSummary summary = Rfm.summarize(history("2024-02-01", 10, "2024-02-04", 20), END, TimeUnit.WEEKS);

        assertThat(summary.recency()).isEqualTo(3 / 7.0);
        assertThat(summary.age()).isEqualTo(11 / 7.0);
    }

    @Test
    @DisplayName("counts many repeat days: one a week for a year")
    void manyRepeats() {
        List<Order> orders = new ArrayList<>();
        for (int week = 0; week < 52; week++) {
            orders.add(new Order(LocalDate.parse("2023-01-02").plusWeeks(week), 10 + week));
        }
        RfmSummary summary = Rfm.summarize(CustomerHistory.of("C1", orders), LocalDate.parse("2023-12-31"), TimeUnit.WEEKS);

        assertThat(summary.frequency()).isEqualTo(51);
        assertThat(summary.recency()).isCloseTo(51, within(1e-12));
        assertThat(summary.age()).isCloseTo(363 / 7.0, within(1e-12));
        assertThat(summary.monetaryValue()).isCloseTo((11 + 61) / 2.0, within(1e-12));
    }

    @Test
    @DisplayName("rejects a customer with no order on or before the calibration end")
    void rejectsLaterCustomers() {
        assertThatThrownBy(() -> Rfm.summarize(history("2024-03-01", 10), END, TimeUnit.DAYS))
                .isInstanceOf(IllegalArgumentException.class).message().isNotBlank();
        assertThatThrownBy(() -> Rfm.summarize(CustomerHistory.of("C0", List.of()), END, TimeUnit.DAYS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("rejects null with a NullPointerException that says what is wrong")
    void rejectsNull() {
        CustomerHistory history = history("2024-01-01", 10);
        assertThatThrownBy(() -> Rfm.summarize(null, END, TimeUnit.DAYS)).isInstanceOf(NullPointerException.class)
                .message().isNotBlank();
        assertThatThrownBy(() -> Rfm.summarize(history, null, TimeUnit.DAYS)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Rfm.summarize(history, END, null)).isInstanceOf(NullPointerException.class);
    }

    /** A history from pairs of ISO date and amount. */
    static CustomerHistory history(Object... datesAndAmounts) {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < datesAndAmounts.length; i += 2) {
            orders.add(new Order(LocalDate.parse((String) datesAndAmounts[i]), ((Number) datesAndAmounts[i + 1]).doubleValue()));
        }
        return CustomerHistory.of("C1", orders);
    }
}
