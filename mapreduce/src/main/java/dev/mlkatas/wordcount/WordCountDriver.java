package dev.mlkatas.wordcount;

import dev.mlkatas.drivers.DriverCommandLine;
import dev.mlkatas.drivers.DriverCommandLine.UsageException;
import dev.mlkatas.drivers.LocalRunner;
import dev.mlkatas.wordcount.WordCountJobs.Combining;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.conf.Configured;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.util.Tool;
import org.apache.hadoop.util.ToolRunner;

/**
 * Runs the word-count job, and with {@code --top K} the top-words job after it: on Hadoop's LocalJobRunner
 * in this JVM by default, on a cluster with {@code -D mapreduce.framework.name=yarn}. {@code ./kata run
 * word-count} runs it with the reference, {@code ./kata run --mine word-count} with your code.
 *
 * <p>Example: {@code WordCountDriver --top 10 books/ counts/}, or on a cluster {@code hadoop jar
 * word-count-job.jar dev.mlkatas.wordcount.WordCountDriver -D mapreduce.framework.name=yarn /books /counts}.
 * With no paths it counts the sample text shipped with the kata into a new folder under
 * {@code kata-output/}. Bad arguments or settings, a missing input or an output path that already exists are
 * reported in one line on standard error, exit code 2, and nothing is written; a failed job is reported in one
 * line with its cause, exits with 1 and keeps no partial output.
 */
public final class WordCountDriver extends Configured implements Tool {

    private static final String NAME = "word-count";
    private static final String SAMPLE = "sample/the-devils-dictionary.txt";
    private static final String SAMPLE_IN_REPOSITORY = "mapreduce/katas/word-count/" + SAMPLE;
    /** Set by the user, or left to the local runner's defaults (a folder in the system's temp dir, 1 map slot). */
    private static final List<String> LOCAL_RUNNER_KEYS = List.of("hadoop.tmp.dir",
            "mapreduce.jobtracker.staging.root.dir", "mapreduce.cluster.local.dir",
            "mapreduce.local.reduce.tasks.maximum", "mapreduce.client.completion.pollinterval");
    private static final String MAP_SLOTS = "mapreduce.local.map.tasks.maximum";
    /**
     * The whole-number settings the driver and its jobs read, with the least value each may take: checked
     * before anything starts, since a bad one would otherwise fail every task, as a stack trace.
     */
    private static final List<Map.Entry<String, Integer>> WHOLE_NUMBER_SETTINGS = List.of(
            Map.entry(WordCountJobs.MAX_WORDS, 1), Map.entry(WordCountJobs.TOP_K, 1), Map.entry(MAP_SLOTS, 1),
            Map.entry("mapreduce.local.reduce.tasks.maximum", 1), Map.entry("mapreduce.job.reduces", 0));

    private final PrintStream out;
    private final PrintStream err;
    private final java.nio.file.Path workingDirectory;

    /** A driver that prints to this process's terminal and puts default output under the current directory. */
    public WordCountDriver() {
        this(System.out, System.err, java.nio.file.Path.of("").toAbsolutePath());
    }

    /**
     * A driver that prints to {@code out} and {@code err} and puts output, when no directory is given, in a
     * new folder under {@code workingDirectory/kata-output}.
     */
    public WordCountDriver(PrintStream out, PrintStream err, java.nio.file.Path workingDirectory) {
        this.out = out;
        this.err = err;
        this.workingDirectory = workingDirectory;
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(new Configuration(), new WordCountDriver(), args));
    }

    /**
     * {@link ToolRunner#run(Configuration, Tool, String[])}, after refusing what Hadoop's parser of generic
     * options would drop silently: a {@code -D} that is not {@code key=value}. Returns the exit code.
     *
     * <p>Example: {@code WordCountDriver.run(new Configuration(), new WordCountDriver(), "-D", "books", "out")}
     * is 2, with one line naming {@code books}.
     */
    static int run(Configuration conf, WordCountDriver driver, String... args) throws Exception {
        return DriverCommandLine.run(conf, driver, NAME, DriverArguments.USAGE, driver.err, args);
    }

    @Override
    public int run(String[] args) throws IOException, InterruptedException, ClassNotFoundException {
        DriverArguments arguments;
        try {
            arguments = DriverArguments.parse(out, args);
        } catch (UsageException e) {
            return usageError(e.getMessage());
        }
        if (arguments == null) {
            return 0;
        }
        Configuration conf = getConf() == null ? new Configuration() : getConf();
        try {
            checkSettings(conf);
        } catch (UsageException e) {
            return usageError(e.getMessage());
        }
        boolean local = "local".equals(conf.get("mapreduce.framework.name", "local"));
        java.nio.file.Path scratch = null;
        try {
            if (local) {
                scratch = Files.createTempDirectory(NAME + "-");
                prepareLocalRunner(conf, scratch);
            }
            List<Path> inputs = inputs(conf, arguments, local, scratch);
            Output output = output(conf, arguments);
            return new JobMonitor(out, err, NAME).runAll(conf, inputs, output.path(), output.shown(), arguments,
                    local ? conf.getInt(MAP_SLOTS, 1) + " map slots" : null);
        } catch (UsageException e) {
            return usageError(e.getMessage());
        } catch (IOException e) {
            // A file system or cluster that cannot be reached, a job that cannot be submitted: one line, as for
            // bad input, but exit code 1, since the arguments may well be right.
            err.println(NAME + ": " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
            return 1;
        } finally {
            if (scratch != null) {
                FileSystem.getLocal(conf).delete(new Path(scratch.toUri()), true);
            }
        }
    }

    /** Where the job writes, and how to show that path to the user. */
    private record Output(Path path, String shown) {}

    private int usageError(String message) {
        return DriverCommandLine.refuse(err, NAME, message);
    }

    /** Refuses a setting of {@link #WHOLE_NUMBER_SETTINGS} that is not a whole number, or is below its least value. */
    private static void checkSettings(Configuration conf) throws UsageException {
        for (Map.Entry<String, Integer> setting : WHOLE_NUMBER_SETTINGS) {
            String text = conf.get(setting.getKey());
            if (text == null) {
                continue;
            }
            try {
                // As Hadoop reads it: trimmed, and in hexadecimal after 0x.
                if (conf.getInt(setting.getKey(), 0) >= setting.getValue()) {
                    continue;
                }
            } catch (NumberFormatException e) {
                // Reported below, with the range.
            }
            throw new UsageException(setting.getKey() + " '" + text + "' is not a whole number from "
                    + setting.getValue() + " to " + Integer.MAX_VALUE);
        }
    }

    /**
     * Keeps LocalJobRunner's files in {@code scratch} and gives it a map slot per core, unless the user set
     * those keys with {@code -D}.
     */
    private static void prepareLocalRunner(Configuration conf, java.nio.file.Path scratch) {
        Map<String, String> chosen = new HashMap<>();
        for (String key : LOCAL_RUNNER_KEYS) {
            if (setByUser(conf, key)) {
                chosen.put(key, conf.get(key));
            }
        }
        int slots = conf.getInt(MAP_SLOTS, Runtime.getRuntime().availableProcessors());
        LocalRunner.configure(conf, scratch, slots);
        chosen.forEach(conf::set);
    }

    private static boolean setByUser(Configuration conf, String key) {
        String[] sources = conf.getPropertySources(key);
        return sources != null && !(sources.length == 1 && sources[0].endsWith("-default.xml"));
    }

    private List<Path> inputs(Configuration conf, DriverArguments arguments, boolean local, java.nio.file.Path scratch)
            throws UsageException, IOException {
        if (arguments.inputs().isEmpty()) {
            if (!local) {
                throw new UsageException("give <input>... <output-dir> to run on a cluster ("
                        + DriverArguments.USAGE + ")");
            }
            out.println(NAME + ": no input given, so counting the sample text " + SAMPLE_IN_REPOSITORY
                    + " (The Devil's Dictionary, Ambrose Bierce, 1911)");
            return List.of(sampleFile(scratch));
        }
        List<Path> inputs = new ArrayList<>();
        for (String name : arguments.inputs()) {
            Path path = new Path(name);
            FileStatus[] matches = path.getFileSystem(conf).globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new UsageException("input '" + name + "' does not exist");
            }
            inputs.add(path);
        }
        return inputs;
    }

    /** The sample text as a local file: the class path resource itself, or a copy of it out of a jar. */
    private static Path sampleFile(java.nio.file.Path scratch) throws IOException {
        java.net.URL resource = WordCountDriver.class.getResource(SAMPLE);
        if (resource == null) {
            throw new IOException("the sample text " + SAMPLE + " is missing from the class path");
        }
        if ("file".equals(resource.getProtocol())) {
            try {
                return new Path(resource.toURI());
            } catch (java.net.URISyntaxException e) {
                throw new IOException("cannot read the sample text at " + resource, e);
            }
        }
        java.nio.file.Path copy = scratch.resolve("sample").resolve("the-devils-dictionary.txt");
        Files.createDirectories(copy.getParent());
        try (var in = resource.openStream()) {
            Files.copy(in, copy);
        }
        return new Path(copy.toUri());
    }

    private Output output(Configuration conf, DriverArguments arguments) throws UsageException, IOException {
        if (arguments.output() == null) {
            if (!"local".equals(conf.get("mapreduce.framework.name", "local"))) {
                throw new UsageException("give an output directory after the inputs (" + DriverArguments.USAGE + ")");
            }
            java.nio.file.Path folder = newOutputFolder();
            return new Output(new Path(folder.toUri()), workingDirectory.relativize(folder).toString());
        }
        Path path = new Path(arguments.output());
        FileSystem fs = path.getFileSystem(conf);
        if (fs.exists(path)) {
            // As Hadoop's own output formats do: an existing path may hold results someone still needs.
            String what = fs.getFileStatus(path).isDirectory() ? "output directory '" : "output '";
            throw new UsageException(what + arguments.output()
                    + "' already exists: nothing was written (choose a path that does not exist yet)");
        }
        return new Output(path, arguments.output());
    }

    /** A folder that does not exist yet: {@code kata-output/word-count-<yyyyMMdd-HHmmss>[-n]}. */
    private java.nio.file.Path newOutputFolder() {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        java.nio.file.Path base = workingDirectory.resolve("kata-output");
        java.nio.file.Path folder = base.resolve(NAME + "-" + stamp);
        for (int n = 2; Files.exists(folder); n++) {
            folder = base.resolve(NAME + "-" + stamp + "-" + n);
        }
        return folder;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** The driver's job runs, for {@link JobMonitor}: which mapper and how many reducers. */
    static String describe(Combining combining, int reducers) {
        String mapper = switch (combining) {
            case NONE -> "WordsMapper, no combiner";
            case COMBINER -> "WordsMapper, SumReducer as the combiner";
            case IN_MAPPER -> "CombiningWordsMapper (in-mapper combining)";
        };
        return mapper + ", " + reducers + (reducers == 1 ? " reducer" : " reducers");
    }
}
