package dev.mlkatas.experiments.data;

import dev.mlkatas.csv.CsvRecords;
import dev.mlkatas.jobs.BadInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads an experiment from CSV with one row per randomised unit, the shape of public A/B data sets such as
 * {@code user_id,timestamp,group,landing_page,converted}: the job names the group column, the two group
 * values, the metric and optionally a covariate and a denominator. Rows are taken as the order users arrived.
 * Any problem is a {@link BadInputException} naming the file, the line and the column.
 *
 * <p>Example: {@code ExperimentCsv.read(Path.of("ab_data.csv"), new Columns("group", "treatment", "control",
 * "converted", null, null))}
 */
public final class ExperimentCsv {

    /** The columns the job uses, and the group values of the two arms. */
    public record Columns(String group, String treatmentValue, String controlValue, String metric, String covariate,
            String denominator) {
    }

    // Blank lines are kept as records so that a record's number is its line number minus one.
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false).setTrim(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();

    private ExperimentCsv() {
    }

    public static Experiment read(Path file, Columns columns) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, name, columns);
        } catch (CharacterCodingException e) {
            throw new BadInputException(name + ": is not a UTF-8 text file");
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    static Experiment read(Reader reader, String name, Columns columns) throws IOException {
        try (CSVParser parser = CsvRecords.open(FORMAT, reader, name)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new BadInputException(name + ": is empty (expected a header and one row per user)");
            }
            int group = column(header, columns.group(), name);
            int metric = column(header, columns.metric(), name);
            int covariate = columns.covariate() == null ? -1 : column(header, columns.covariate(), name);
            int denominator = columns.denominator() == null ? -1 : column(header, columns.denominator(), name);
            Rows rows = new Rows(covariate >= 0, denominator >= 0);
            for (CSVRecord record : CsvRecords.of(parser, name)) {
                long line = record.getRecordNumber() + 1;
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (!record.isConsistent()) {
                    throw new BadInputException(name + " line " + line + ": has " + record.size()
                            + " columns, the header has " + header.size());
                }
                String arm = record.get(group);
                boolean treated = arm.equals(columns.treatmentValue());
                if (!treated && !arm.equals(columns.controlValue())) {
                    throw new BadInputException(name + " line " + line + ": " + columns.group() + " '" + arm
                            + "' is neither '" + columns.treatmentValue() + "' nor '" + columns.controlValue()
                            + "' (choose them with --treatment and --control)");
                }
                rows.add(treated, number(record, metric, columns.metric(), name, line),
                        covariate < 0 ? 0 : number(record, covariate, columns.covariate(), name, line),
                        denominator < 0 ? 0 : number(record, denominator, columns.denominator(), name, line));
            }
            return rows.experiment(name, columns, name);
        }
    }

    private static int column(List<String> header, String column, String name) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new BadInputException(name + " line 1: no column '" + column + "' (the columns are "
                    + String.join(", ", header) + ")");
        }
        return index;
    }

    private static double number(CSVRecord record, int index, String column, String name, long line) {
        String text = record.get(index);
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new BadInputException(name + " line " + line + ": " + column + " '" + text + "' is not a number");
    }

    /** The rows read so far, in growing arrays. */
    private static final class Rows {
        private final boolean covariate;
        private final boolean denominator;
        private boolean[] arms = new boolean[1024];
        private final double[][] values = new double[6][1024];
        private final int[] counts = new int[2];
        private int count;

        Rows(boolean covariate, boolean denominator) {
            this.covariate = covariate;
            this.denominator = denominator;
        }

        void add(boolean treated, double metric, double covariateValue, double denominatorValue) {
            if (count == arms.length) {
                arms = Arrays.copyOf(arms, 2 * count);
            }
            arms[count++] = treated;
            int arm = treated ? 0 : 3;
            int at = counts[treated ? 0 : 1]++;
            for (int k = 0; k < 3; k++) {
                if (at == values[arm + k].length) {
                    values[arm + k] = Arrays.copyOf(values[arm + k], 2 * at);
                }
            }
            values[arm][at] = metric;
            values[arm + 1][at] = covariateValue;
            values[arm + 2][at] = denominatorValue;
        }

        Experiment experiment(String source, Columns columns, String name) {
            if (counts[0] < 2 || counts[1] < 2) {
                throw new BadInputException(name + ": needs at least 2 users in each group, has " + counts[0]
                        + " with " + columns.group() + " '" + columns.treatmentValue() + "' and " + counts[1]
                        + " with '" + columns.controlValue() + "'");
            }
            return new Experiment(source, columns.metric(), columns.covariate(), columns.denominator(),
                    Arrays.copyOf(arms, count), arm(0, counts[0]), arm(3, counts[1]));
        }

        private Experiment.Arm arm(int at, int users) {
            return new Experiment.Arm(Arrays.copyOf(values[at], users),
                    covariate ? Arrays.copyOf(values[at + 1], users) : null,
                    denominator ? Arrays.copyOf(values[at + 2], users) : null);
        }
    }
}
