package dev.mlkatas.customersummary;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.apache.hadoop.io.Writable;

/**
 * One order on its way from the mapper to its customer's reducer: the day (days since 1970-01-01), where its
 * line starts in the file (so the reducer can restore file order among orders of one day), and the amount.
 *
 * <p>Example: {@code new OrderWritable().set(19783, 1024L, 12.5)}
 */
public final class OrderWritable implements Writable {

    private int day;
    private long position;
    private double amount;

    public OrderWritable set(int day, long position, double amount) {
        this.day = day;
        this.position = position;
        this.amount = amount;
        return this;
    }

    public int day() {
        return day;
    }

    public long position() {
        return position;
    }

    public double amount() {
        return amount;
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeInt(day);
        out.writeLong(position);
        out.writeDouble(amount);
    }

    @Override
    public void readFields(DataInput in) throws IOException {
        day = in.readInt();
        position = in.readLong();
        amount = in.readDouble();
    }

    @Override
    public String toString() {
        return day + "@" + position + ":" + amount;
    }
}
