package dev.mlkatas.jobs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of a job's {@code run(args, out, err)} in this JVM: its exit status and what it printed. The jobs'
 * tests run them this way, as the command line would, without starting a process.
 *
 * <p>Example: {@code JobRun run = JobRun.of(ChurnJob::run, "--out", dir.toString());}
 */
public record JobRun(int exit, String out, String err) {

    /** A job's entry point: arguments and two streams in, exit status out. */
    @FunctionalInterface
    public interface Job {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    public static JobRun of(Job job, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = job.run(args, o, e);
            return new JobRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** What it printed on standard error, without the line break. */
    public String error() {
        return err.strip();
    }
}
