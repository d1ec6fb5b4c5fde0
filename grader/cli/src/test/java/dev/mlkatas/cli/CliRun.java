package dev.mlkatas.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * One run of the {@code kata} command in this JVM, on the repository at {@code root}, with what it printed.
 *
 * @param exit the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record CliRun(int exit, String out, String err) {

    static CliRun kata(Path root, String... args) {
        return kataAnswering(root, "", args);
    }

    /** Runs the command with {@code stdin} as what the person at the terminal types. */
    static CliRun kataAnswering(Path root, String stdin, String... args) {
        return run(root, KataCli.commandLine(new BufferedReader(new StringReader(stdin))), args);
    }

    /** Runs the command at the time {@code clock} tells, as the interview's clock reads it. */
    static CliRun kataAt(Path root, Clock clock, String... args) {
        return run(root, KataCli.commandLine(new BufferedReader(new StringReader("")), clock), args);
    }

    private static CliRun run(Path root, CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--root", root.toString()));
        all.addAll(List.of(args));
        int exit = cli.execute(all.toArray(String[]::new));
        return new CliRun(exit, out.toString(), err.toString());
    }
}
