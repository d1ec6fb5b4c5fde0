package dev.mlkatas.dispatch.data;

import dev.mlkatas.dispatch.vrptw.Instance;
import dev.mlkatas.dispatch.vrptw.Stop;
import dev.mlkatas.jobs.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Solomon's VRPTW instance format as published (C101 to RC208): a name line, a VEHICLE section with NUMBER and
 * CAPACITY, and a CUSTOMER table of CUST NO., XCOORD., YCOORD., DEMAND, READY TIME, DUE DATE and SERVICE TIME,
 * the depot first as customer 0. Blank lines and spacing do not matter.
 *
 * <p>Example: {@code SolomonFormat.read(Path.of("C101.txt")).customers()} is 100.
 */
public final class SolomonFormat {

    private static final int COLUMNS = 7;

    private SolomonFormat() {
    }

    /** Reads an instance; what is wrong with the file is a {@link BadInputException} naming file and line. */
    public static Instance read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(file.getFileName().toString(), lines);
    }

    /** Parses the lines of a file called {@code name}. */
    public static Instance parse(String name, List<String> lines) {
        Lines in = new Lines(name, lines);
        String title = in.next("the instance's name");
        in.expect("VEHICLE");
        in.expect("NUMBER");
        String[] fleet = in.fields(in.next("the vehicle number and capacity"));
        if (fleet.length != 2) {
            throw in.bad("expected the vehicle number and the capacity, found " + fleet.length + " fields");
        }
        int vehicles = in.positive("vehicle number", fleet[0]);
        int capacity = in.positive("capacity", fleet[1]);
        in.expect("CUSTOMER");
        in.expect("CUST");
        List<Stop> stops = new ArrayList<>();
        while (in.more()) {
            String[] f = in.fields(in.next("a customer"));
            if (f.length != COLUMNS) {
                throw in.bad("expected " + COLUMNS + " numbers (CUST NO. XCOORD. YCOORD. DEMAND READY TIME DUE DATE "
                        + "SERVICE TIME), found " + f.length);
            }
            int number = in.whole("CUST NO.", f[0]);
            if (number != stops.size()) {
                throw in.bad("CUST NO. " + number + " out of order: expected " + stops.size()
                        + (stops.isEmpty() ? " (the depot)" : ""));
            }
            double ready = in.number("READY TIME", f[4]);
            double due = in.number("DUE DATE", f[5]);
            if (ready > due) {
                throw in.bad("READY TIME " + f[4] + " is after DUE DATE " + f[5]);
            }
            int demand = in.whole("DEMAND", f[3]);
            if (demand < 0) {
                throw in.bad("DEMAND '" + f[3] + "' is negative");
            }
            double service = in.number("SERVICE TIME", f[6]);
            if (service < 0) {
                throw in.bad("SERVICE TIME '" + f[6] + "' is negative");
            }
            stops.add(new Stop(number, in.number("XCOORD.", f[1]), in.number("YCOORD.", f[2]), demand, ready, due,
                    service));
        }
        if (stops.size() < 2) {
            throw new BadInputException(name + ": no customers after the depot");
        }
        return new Instance(title.strip(), vehicles, capacity, stops);
    }

    /** The instance in the published layout, which {@link #parse} reads back. */
    public static String format(Instance instance) {
        StringBuilder text = new StringBuilder(instance.name()).append("\n\nVEHICLE\nNUMBER     CAPACITY\n");
        text.append(String.format(Locale.ROOT, "%5d %12d%n%n", instance.vehicles(), instance.capacity()));
        text.append("CUSTOMER\nCUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\n\n");
        for (Stop s : instance.stops()) {
            text.append(String.format(Locale.ROOT, "%5d %10s %10s %10d %10s %10s %10s%n", s.number(), plain(s.x()),
                    plain(s.y()), s.demand(), plain(s.ready()), plain(s.due()), plain(s.service())));
        }
        return text.toString();
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The file's lines, read past blanks, with the number of the line last read for the messages. */
    private static final class Lines {

        private final String name;
        private final List<String> lines;
        private int at;

        Lines(String name, List<String> lines) {
            this.name = name;
            this.lines = lines;
        }

        boolean more() {
            while (at < lines.size() && lines.get(at).isBlank()) {
                at++;
            }
            return at < lines.size();
        }

        String next(String what) {
            if (!more()) {
                throw new BadInputException(name + ": ends before " + what);
            }
            return lines.get(at++);
        }

        void expect(String word) {
            String line = next("the " + word + " line");
            if (!line.strip().toUpperCase(Locale.ROOT).startsWith(word)) {
                throw bad("expected a line starting with " + word + ", found '" + line.strip() + "'");
            }
        }

        String[] fields(String line) {
            return line.strip().split("\\s+");
        }

        BadInputException bad(String problem) {
            return new BadInputException(name + " line " + at + ": " + problem);
        }

        double number(String column, String text) {
            try {
                double value = Double.parseDouble(text);
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // Said below, with the column's name.
            }
            throw bad(column + " '" + text + "' is not a number");
        }

        int whole(String column, String text) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw bad(column + " '" + text + "' is not a whole number");
            }
        }

        int positive(String column, String text) {
            int value = whole(column, text);
            if (value < 1) {
                throw bad(column + " '" + text + "' is not above zero");
            }
            return value;
        }
    }
}
