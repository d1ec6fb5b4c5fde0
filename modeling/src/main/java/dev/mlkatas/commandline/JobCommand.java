package dev.mlkatas.commandline;

import dev.mlkatas.grocery.GenerateCommand;
import dev.mlkatas.orders.BadInputException;
import dev.mlkatas.output.UnusableOutputException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;

/**
 * What every job's {@code main} shares: the {@code generate} subcommand, {@code --help}, and turning what
 * went wrong into one line on standard error and an exit status — 2 for bad input, 1 for a kata piece not
 * written yet or results that cannot be written.
 *
 * <p>Example: {@code return JobCommand.run(args, out, err, "churn", OPTIONS, USAGE, ChurnJob::churn);}
 */
public final class JobCommand {

    /** The job itself, given its parsed options; returns its exit status. */
    @FunctionalInterface
    public interface Body {
        int run(Arguments arguments, PrintStream out) throws IOException;
    }

    private JobCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err, String kataId, Set<String> options,
            String usage, Body body) {
        try {
            if (args.length > 0 && args[0].equals("generate")) {
                return GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length), out, kataId);
            }
            Arguments arguments = Arguments.parse(args, options, usage);
            if (arguments.help()) {
                out.println(usage);
                return 0;
            }
            return body.run(arguments, out);
        } catch (BadInputException | UnusableOutputException e) {
            err.println(e.getMessage());
            return 2;
        } catch (UnsupportedOperationException e) {
            err.println("not written yet: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("cannot write the results: " + e.getMessage());
            return 1;
        }
    }
}
