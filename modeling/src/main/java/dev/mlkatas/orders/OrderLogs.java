package dev.mlkatas.orders;

import java.util.List;

/**
 * Builds an {@link OrderLog} from customer histories, for data that was generated rather than read.
 *
 * <p>Example: {@code OrderLogs.of("generated orders", dataset.histories())}
 */
public final class OrderLogs {

    private OrderLogs() {
    }

    public static OrderLog of(String source, List<CustomerHistory> histories) {
        int orders = histories.stream().mapToInt(CustomerHistory::size).sum();
        String[] ids = new String[histories.size()];
        int[] customer = new int[orders];
        int[] day = new int[orders];
        double[] amount = new double[orders];
        int next = 0;
        for (int c = 0; c < histories.size(); c++) {
            CustomerHistory history = histories.get(c);
            ids[c] = history.id();
            for (int i = 0; i < history.size(); i++) {
                customer[next] = c;
                day[next] = history.epochDay(i);
                amount[next] = history.amount(i);
                next++;
            }
        }
        return new OrderLog(source, ids, customer, day, amount);
    }
}
