package dev.mlkatas.customersummary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary driver's own arguments, after Hadoop's generic options ({@code -D}, {@code -conf}, ...) have
 * been taken out by {@code ToolRunner}.
 *
 * <p>Example: {@code SummaryOptions.parse("--calibration-end", "2024-06-30", "/orders", "/summary")} has inputs
 * {@code [/orders]}, output {@code /summary} and the configuration's number of reducers.
 *
 * @param inputs input files or folders of transaction CSV
 * @param output a folder that does not exist yet
 * @param calibrationEnd the last day whose orders the summary counts; later orders are the holdout
 * @param reducers how many reduce tasks, 0 for the configuration's number
 */
record SummaryOptions(List<String> inputs, String output, LocalDate calibrationEnd, int reducers) {

    static final String USAGE = "usage: customer-summary [-D key=value ...] --calibration-end yyyy-mm-dd"
            + " [--reducers N] <input>... <output-dir>";

    /** Arguments that cannot be used; the message says which and why, in one line. */
    static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message + " (" + USAGE + ")");
        }
    }

    static SummaryOptions parse(String... args) throws UsageException {
        List<String> paths = new ArrayList<>();
        LocalDate calibrationEnd = null;
        int reducers = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--calibration-end" -> {
                    String text = i + 1 < args.length ? args[++i] : "";
                    try {
                        calibrationEnd = LocalDate.parse(text);
                    } catch (DateTimeParseException e) {
                        throw new UsageException("--calibration-end '" + text + "' is not a date (yyyy-mm-dd)");
                    }
                }
                case "--reducers" -> {
                    String text = i + 1 < args.length ? args[++i] : "";
                    reducers = text.matches("[0-9]{1,9}") ? Integer.parseInt(text) : 0;
                    if (reducers < 1) {
                        throw new UsageException("--reducers '" + text + "' is not a whole number from 1 to 999999999");
                    }
                }
                default -> {
                    if (args[i].startsWith("-")) {
                        throw new UsageException("unknown option '" + args[i] + "'");
                    }
                    paths.add(args[i]);
                }
            }
        }
        if (calibrationEnd == null) {
            throw new UsageException("give --calibration-end: the summary is of the orders up to that day");
        }
        if (paths.size() < 2) {
            throw new UsageException("give at least one input and the output directory");
        }
        return new SummaryOptions(List.copyOf(paths.subList(0, paths.size() - 1)), paths.get(paths.size() - 1),
                calibrationEnd, reducers);
    }
}
