package dev.mlkatas.cli;

import dev.mlkatas.catalogue.CatalogueException;
import dev.mlkatas.catalogue.UnknownKataException;
import dev.mlkatas.launch.LaunchException;
import dev.mlkatas.workspace.NotBuiltException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code kata} command: the catalogue, the statements, hints and tests of every kata.
 *
 * <p>Example: {@code kata test two-sum}. Exit codes: 0 success, 1 failing tests, 2 a usage error (an
 * unknown kata, a bad option) or a repository that cannot be read.
 */
@Command(
        name = "kata",
        mixinStandardHelpOptions = true,
        versionProvider = KataCli.Version.class,
        description = "Practise the machine-learning-engineer interview katas: read a statement, edit one file, "
                + "test it.",
        subcommands = {
                ListCommand.class, ShowCommand.class, TestCommand.class, WatchCommand.class, HintCommand.class,
                SolutionCommand.class, ProgressCommand.class, RunCommand.class, BenchCommand.class, MutateCommand.class,
                GradeCommand.class, AssignCommand.class, InterviewCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Start with: kata list, then kata show two-sum."})
public final class KataCli {

    /** Exit code for a usage error; picocli uses the same for bad options. */
    static final int USAGE = CommandLine.ExitCode.USAGE;

    @Option(names = "--root", hidden = true, description = "The repository (default: the kata.root property or .)")
    private Path root;

    private final BufferedReader input;
    private final Clock clock;
    private Context context;

    KataCli(BufferedReader input, Clock clock) {
        this.input = input;
        this.clock = clock;
    }

    /** Everything a subcommand works with, made on first use. */
    Context context() {
        if (context == null) {
            Path repository = root != null ? root : Path.of(System.getProperty("kata.root", "."));
            context = new Context(repository, input, clock);
        }
        return context;
    }

    public static void main(String[] args) {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.exit(commandLine(stdin).execute(args));
    }

    /** The command line, with errors from a broken repository reported as one line and exit code 2. */
    static CommandLine commandLine(BufferedReader input) {
        return commandLine(input, Clock.systemDefaultZone());
    }

    /** The command line with {@code clock} as the time of day (an interview's clock). */
    static CommandLine commandLine(BufferedReader input, Clock clock) {
        CommandLine cli = new CommandLine(new KataCli(input, clock));
        // Everything after the kata id belongs to the kata's program, options included.
        cli.getSubcommands().get("run").setStopAtPositional(true);
        cli.getSubcommands().get("bench").setStopAtPositional(true);
        CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, args) -> {
            Optional<String> unknown = unknownCommand(cli, e);
            if (unknown.isEmpty()) {
                return usage.handleParseException(e, args);
            }
            PrintWriter err = cli.getErr();
            err.println("kata: unknown command '" + unknown.get() + "'; known commands: "
                    + String.join(", ", cli.getSubcommands().keySet()));
            err.flush();
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof UnknownKataException || e instanceof CatalogueException || e instanceof NotBuiltException
                    || e instanceof UserException) {
                PrintWriter err = line.getErr();
                err.println("kata: " + e.getMessage());
                err.flush();
                return USAGE;
            }
            if (e instanceof LaunchException) {
                line.getErr().println("kata: " + e.getMessage());
                line.getErr().flush();
                return 1;
            }
            throw e;
        });
        return cli;
    }

    /**
     * The first word when it names no command, as in {@code kata frobnicate}; picocli's own message would
     * count the {@code --root DIR} that the script adds before it.
     */
    private static Optional<String> unknownCommand(CommandLine cli, CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched) || e.getCommandLine() != cli
                || unmatched.getUnmatched().isEmpty()) {
            return Optional.empty();
        }
        String first = unmatched.getUnmatched().get(0);
        return first.startsWith("-") ? Optional.empty() : Optional.of(first);
    }

    /** The version of the grader, from its jar's manifest when it has one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = KataCli.class.getPackage().getImplementationVersion();
            return new String[] {"kata " + (version == null ? "(development build)" : version)};
        }
    }
}
