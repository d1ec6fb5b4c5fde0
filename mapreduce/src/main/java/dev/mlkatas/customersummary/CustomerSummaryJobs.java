package dev.mlkatas.customersummary;

import dev.mlkatas.jobs.BadInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.SequenceFile;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.hadoop.mapreduce.lib.output.MultipleOutputs;
import org.apache.hadoop.mapreduce.lib.output.SequenceFileOutputFormat;
import org.apache.hadoop.mapreduce.lib.output.TextOutputFormat;

/**
 * The wiring of the per-customer summary job, shared by its driver, the tests and the benchmark: the files
 * of the inputs with their headers checked, the job, the first bad line a job met, and the rows it wrote.
 *
 * <p>Example:
 * <pre>{@code
 * List<Path> files = CustomerSummaryJobs.checkHeaders(conf, List.of(new Path("orders")));
 * Job job = CustomerSummaryJobs.summaryJob(conf, files, new Path("summary"), LocalDate.parse("2024-06-30"), 2);
 * job.waitForCompletion(false);
 * }</pre>
 */
public final class CustomerSummaryJobs {

    private CustomerSummaryJobs() {
    }

    /** Where a job met its first bad line, and what is wrong with it. */
    public record Problem(String file, long offset, String message) {
    }

    /**
     * The files of {@code inputs} (files, folders read recursively, globs), each header read and its columns
     * put in {@code conf} for the mappers; names starting with {@code _} or {@code .} are skipped, as Hadoop's
     * input formats skip them.
     *
     * @throws BadInputException naming the input: it does not exist, holds no files, or a file's header lacks
     *     one of customer_id, date and amount
     */
    public static List<Path> checkHeaders(Configuration conf, List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            FileSystem fs = input.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(input);
            if (matches == null || matches.length == 0) {
                throw new BadInputException("input '" + input + "' does not exist");
            }
            int before = files.size();
            for (FileStatus match : matches) {
                RemoteIterator<LocatedFileStatus> found = fs.listFiles(match.getPath(), true);
                while (found.hasNext()) {
                    Path file = found.next().getPath();
                    if (!hidden(file, match.getPath())) {
                        files.add(file);
                    }
                }
            }
            if (files.size() == before) {
                throw new BadInputException("input '" + input + "' holds no files");
            }
        }
        for (Path file : files) {
            String first;
            try (FSDataInputStream in = file.getFileSystem(conf).open(file);
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                first = reader.readLine();
            }
            TransactionCsv.Columns columns = TransactionCsv.header(first, name(file));
            conf.set(CustomerSummary.columnsKey(file), columns.encode());
        }
        return files;
    }

    /**
     * The summary job: transaction lines of {@code files} (as {@link #checkHeaders} returned them) in, one CSV
     * file per reducer out, each starting with {@link CustomerSummary#HEADER}, one row per customer.
     */
    public static Job summaryJob(Configuration conf, List<Path> files, Path output, LocalDate calibrationEnd,
            int reducers) throws IOException {
        Job job = Job.getInstance(conf, "per-customer summary at " + calibrationEnd);
        job.setJarByClass(CustomerSummaryJobs.class);
        job.getConfiguration().set(CustomerSummary.CALIBRATION_END, calibrationEnd.toString());
        job.setInputFormatClass(TextInputFormat.class);
        for (Path file : files) {
            FileInputFormat.addInputPath(job, file);
        }
        job.setMapperClass(CustomerSummary.OrdersMapper.class);
        job.setReducerClass(CustomerSummary.SummaryReducer.class);
        job.setNumReduceTasks(reducers);
        job.setMapOutputKeyClass(Text.class);
        job.setMapOutputValueClass(OrderWritable.class);
        job.setOutputKeyClass(Text.class);
        job.setOutputValueClass(NullWritable.class);
        job.setOutputFormatClass(TextOutputFormat.class);
        MultipleOutputs.addNamedOutput(job, CustomerSummary.PROBLEMS, SequenceFileOutputFormat.class, Text.class,
                Text.class);
        FileOutputFormat.setOutputPath(job, output);
        return job;
    }

    public static long counter(Job job, CustomerSummary.Counter counter) throws IOException {
        return job.getCounters().findCounter(counter).getValue();
    }

    /** The first bad line the map tasks of a finished job wrote to its output, by file then place; null if none. */
    public static Problem firstProblem(Configuration conf, Path output) throws IOException {
        FileSystem fs = output.getFileSystem(conf);
        Problem first = null;
        for (FileStatus status : fs.listStatus(output, p -> p.getName().startsWith(CustomerSummary.PROBLEMS + "-"))) {
            try (SequenceFile.Reader reader = new SequenceFile.Reader(conf,
                    SequenceFile.Reader.file(status.getPath()))) {
                Text file = new Text();
                Text problem = new Text();
                while (reader.next(file, problem)) {
                    String[] parts = problem.toString().split("\t", 2);
                    Problem p = new Problem(file.toString(), Long.parseLong(parts[0]), parts[1]);
                    if (first == null || p.file().compareTo(first.file()) < 0
                            || p.file().equals(first.file()) && p.offset() < first.offset()) {
                        first = p;
                    }
                }
            }
        }
        return first;
    }

    /**
     * The problem as one line for a person, {@code /data/orders.csv line 17: amount 'abc' is not a number}: the
     * line number counts the line breaks before the problem's offset (the header is line 1).
     */
    public static String describe(Configuration conf, Problem problem) throws IOException {
        Path file = new Path(problem.file());
        long line = 1;
        try (InputStream in = file.getFileSystem(conf).open(file)) {
            byte[] buffer = new byte[1 << 16];
            long left = problem.offset();
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                for (int i = 0; i < read; i++) {
                    line += buffer[i] == '\n' ? 1 : 0;
                }
                left -= read;
            }
        }
        return name(file) + " line " + line + ": " + problem.message();
    }

    /** Every row a finished job wrote, its output files' headers left out, in file order. */
    public static List<String> rows(Configuration conf, Path output) throws IOException {
        FileSystem fs = output.getFileSystem(conf);
        List<String> rows = new ArrayList<>();
        for (FileStatus status : fs.listStatus(output, p -> p.getName().startsWith("part-"))) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(fs.open(status.getPath()),
                    StandardCharsets.UTF_8))) {
                reader.lines().filter(line -> !line.equals(CustomerSummary.HEADER)).forEach(rows::add);
            }
        }
        return rows;
    }

    /** A file as messages name it: its path without scheme and host. */
    static String name(Path file) {
        return file.toUri().getPath();
    }

    private static boolean hidden(Path file, Path root) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            if (p.getName().startsWith("_") || p.getName().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
