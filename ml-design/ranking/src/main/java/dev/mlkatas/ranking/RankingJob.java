package dev.mlkatas.ranking;

import dev.mlkatas.jobs.JobErrors;
import dev.mlkatas.ranking.commands.AbTestCommand;
import dev.mlkatas.ranking.commands.EvaluateCommand;
import dev.mlkatas.ranking.commands.SearchCommand;
import dev.mlkatas.ranking.commands.ServeCommand;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The ranking kata's command line: {@code search}, {@code serve} (a local search page), {@code evaluate} and
 * {@code ab-test} on the embedded
 * synthetic shop, or on a catalogue in the Instacart schema with {@code --catalog DIR}. {@code ./kata run
 * ranking ...} runs it with the reference, {@code ./kata run --mine ranking ...} with your code.
 *
 * <p>Example: {@code RankingJob search "fish" --ranker ltr --json}. Bad input is reported in one line on
 * standard error with exit code 2; a kata task not written yet exits with 1.
 */
@Command(name = "ranking", mixinStandardHelpOptions = true,
        description = "Grocery search ranking, from the query \"fish\" to an online experiment.",
        footerHeading = "%nExample:%n", footer = {"  ./kata run ranking search fish",
            "  ./kata run ranking serve --port 8080", "  ./kata run ranking evaluate"},
        subcommands = {SearchCommand.class, ServeCommand.class, EvaluateCommand.class, AbTestCommand.class})
public final class RankingJob implements Runnable {

    /**
     * Lucene logs through java.util.logging what it makes of the JDK it runs on (memory segments on Java 21
     * and later, the vector API on 23 and later): notes about the runtime, not the job's output. Its errors
     * still show. Held here, since the logging framework keeps its loggers only weakly.
     */
    private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        LUCENE.setLevel(Level.SEVERE);
        int status = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new RankingJob());
        line.setOut(out);
        line.setErr(err);
        JobErrors.install(line);
        return line.execute(args);
    }

    @Override
    public void run() {
        // No subcommand: say what there is.
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
