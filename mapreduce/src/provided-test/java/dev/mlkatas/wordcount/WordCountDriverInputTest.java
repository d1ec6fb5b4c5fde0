package dev.mlkatas.wordcount;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.jobs.testing.HelpCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.mapred.LocalJobRunner;
import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver's refusals on LocalJobRunner: bad options and settings, a missing input, an output path that is
 * in the way, and a job that fails on a corrupt file. None depends on a mapper or reducer seeing a word, so these
 * tests check provided code and grade nobody; WordCountDriverTest grades the driver with the candidate's
 * mapper and reducer.
 */
@DisplayName("The driver's refusals on LocalJobRunner")
class WordCountDriverInputTest {

    private static final List<String> POEM = DriverRun.POEM;

    @TempDir
    Path dir;

    private DriverRun run(String... args) throws Exception {
        return DriverRun.in(dir, args);
    }

    private Path write(String name, List<String> lines) throws IOException {
        return DriverRun.write(dir, name, lines);
    }

    @Test
    @DisplayName("into an output directory that exists but is empty: refused too, and left as it was")
    void refusesAnEmptyOutputDirectory() throws Exception {
        Path input = write("in.txt", POEM);
        Path output = Files.createDirectories(dir.resolve("empty"));

        DriverRun run = run(input.toString(), output.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("'" + output + "'").contains("already exists");
        assertThat(output).isEmptyDirectory();
    }

    @Test
    @DisplayName("into an output path that is a file: one line naming it, exit code 2, the file untouched")
    void refusesAnOutputThatIsAFile() throws Exception {
        Path input = write("in.txt", POEM);
        Path output = write("result.txt", List.of("keep me"));

        DriverRun run = run(input.toString(), output.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("'" + output + "'").contains("already exists");
        assertThat(output).hasContent("keep me");
    }

    @Test
    @DisplayName("with a missing input: one line naming it, exit code 2, no output created")
    void namesAMissingInput() throws Exception {
        Path input = write("in.txt", POEM);
        Path missing = dir.resolve("no-such-file.txt");

        DriverRun run = run(input.toString(), missing.toString(), dir.resolve("counts").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("'" + missing + "'").contains("does not exist");
        assertThat(dir.resolve("counts")).doesNotExist();
    }

    @Test
    @DisplayName("when a job fails (here on a corrupt gzip file): exit code 1, a message, no output kept")
    void keepsNoOutputOfAFailedJob() throws Exception {
        Path corrupt = dir.resolve("corrupt.txt.gz");
        Files.write(corrupt, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});

        DriverRun run = run(corrupt.toString(), dir.resolve("counts").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("word-count: the word-count job failed: " + corrupt + ": ")
                .endsWith("; no output was kept");
        assertThat(dir.resolve("counts")).doesNotExist();
    }

    @Test
    @DisplayName("when a job fails: Hadoop's stack trace is kept out of the log, and the log is as it was after")
    void keepsTheStackTraceOfAFailedJobOutOfTheLog() throws Exception {
        Path corrupt = dir.resolve("bad.gz");
        Files.writeString(corrupt, "not gzip at all, but long enough for a gzip header");
        List<LoggingEvent> logged = new CopyOnWriteArrayList<>();
        AppenderSkeleton recorder = new AppenderSkeleton() {
            @Override
            protected void append(LoggingEvent event) {
                logged.add(event);
            }

            @Override
            public boolean requiresLayout() {
                return false;
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getRootLogger();
        root.addAppender(recorder);
        DriverRun run;
        try {
            run = run(corrupt.toString(), dir.resolve("counts").toString());
        } finally {
            root.removeAppender(recorder);
        }

        assertThat(logged).noneMatch(event -> event.getThrowableInformation() != null);
        assertThat(Logger.getLogger(LocalJobRunner.class).getAdditivity()).isTrue();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .contains(": " + corrupt + ": not a gzip file; no output was kept");
    }

    @Test
    @DisplayName("with a bad bound of the in-mapper map (-D): one line naming it, exit code 2, no output created")
    void rejectsABadBoundOfTheInMapperMap() throws Exception {
        Path input = write("in.txt", POEM);
        for (String bound : List.of("0", "-3", "abc", "")) {
            DriverRun run = run("-D", WordCountJobs.MAX_WORDS + "=" + bound, "--in-mapper-combining",
                    input.toString(), dir.resolve("counts").toString());

            assertThat(run.exit()).as("exit code with '%s'", bound).isEqualTo(2);
            assertThat(run.err().lines()).as("stderr with '%s'", bound).singleElement().asString()
                    .isEqualTo("word-count: " + WordCountJobs.MAX_WORDS + " '" + bound
                            + "' is not a whole number from 1 to 2147483647");
            assertThat(dir.resolve("counts")).doesNotExist();
        }
    }

    @Test
    @DisplayName("with other bad whole-number settings (-D): one line naming the setting, exit code 2")
    void rejectsOtherBadSettings() throws Exception {
        Path input = write("in.txt", POEM);
        for (String setting : List.of(WordCountJobs.TOP_K + "=0", "mapreduce.local.map.tasks.maximum=many",
                "mapreduce.job.reduces=-1")) {
            DriverRun run = run("-D", setting, "--top", "3", input.toString(), dir.resolve("counts").toString());

            assertThat(run.exit()).as("exit code with %s", setting).isEqualTo(2);
            assertThat(run.err().lines()).as("stderr with %s", setting).singleElement().asString()
                    .startsWith("word-count: " + setting.substring(0, setting.indexOf('=')) + " '");
            assertThat(dir.resolve("counts")).doesNotExist();
        }
    }

    @Test
    @DisplayName("with a -D that is not key=value (here the input after it): one line naming it, exit code 2")
    void rejectsADefineWithoutAValue() throws Exception {
        Path input = write("in.txt", POEM);
        String output = dir.resolve("counts").toString();
        Map<String, List<String>> named = Map.of(
                input.toString(), List.of("-D", input.toString(), output),
                "foo", List.of("-Dfoo", input.toString(), output),
                "=1", List.of("-D", "=1", input.toString(), output));
        for (Map.Entry<String, List<String>> example : named.entrySet()) {
            String setting = example.getKey();
            List<String> args = example.getValue();
            DriverRun run = run(args.toArray(String[]::new));

            assertThat(run.exit()).as("exit code of %s", args).isEqualTo(2);
            assertThat(run.err().lines()).as("stderr of %s", args).singleElement().asString()
                    .startsWith("word-count: -D '" + setting + "' is not key=value");
            assertThat(dir.resolve("counts")).doesNotExist();
        }
    }

    @Test
    @DisplayName("with bad options: one line saying what is wrong, exit code 2")
    void rejectsBadOptions() throws Exception {
        for (String[] args : List.of(new String[] {"--top", "0", "in", "out"}, new String[] {"--top"},
                new String[] {"--frobnicate", "in", "out"}, new String[] {"--no-combiner", "--in-mapper-combining"})) {
            DriverRun run = run(args);

            assertThat(run.exit()).as("exit code of %s", List.of(args)).isEqualTo(2);
            assertThat(run.err().lines()).as("stderr of %s", List.of(args))
                    .singleElement().asString().startsWith("word-count: ");
        }
    }

    @Test
    @DisplayName("--help explains every option and the -D settings, with an example, exit 0")
    void helpExplainsEveryOption() {
        HelpCheck.explainsEveryOption((args, out, err) -> {
            try {
                return WordCountDriver.run(new Configuration(), new WordCountDriver(out, err, dir), args);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, new DriverArguments());
    }
}
