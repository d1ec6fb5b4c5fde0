package dev.mlkatas.jobs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.jobs.JobRun;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Checks that a job answers {@code --help}, and each of its subcommands {@code <sub> --help}, with exit 0, a
 * description of every option and parameter, and an example: what picocli knows of the command is compared
 * with what the job printed.
 *
 * <p>Example: {@code HelpCheck.explainsEveryOption(ChurnJob::run, new ChurnJob())}
 */
public final class HelpCheck {

    private HelpCheck() {
    }

    /** Runs {@code job --help} and the help of every subcommand of {@code command}, its picocli command object. */
    public static void explainsEveryOption(JobRun.Job job, Object command) {
        check(job, new CommandLine(command), List.of());
    }

    private static void check(JobRun.Job job, CommandLine line, List<String> path) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        JobRun run = JobRun.of(job, args.toArray(String[]::new));
        assertThat(run.exit()).as("exit status of %s; standard error: %s", args, run.err()).isZero();
        assertThat(run.err()).as("standard error of %s", args).isEmpty();
        assertThat(run.out()).as("help of %s", args).contains("Example");
        CommandSpec spec = line.getCommandSpec();
        List<ArgSpec> arguments = new ArrayList<>(spec.options());
        arguments.addAll(spec.positionalParameters());
        for (ArgSpec argument : arguments) {
            String name = argument.isOption() ? ((CommandLine.Model.OptionSpec) argument).longestName()
                    : argument.paramLabel();
            assertThat(String.join(" ", argument.description())).as("description of %s in %s", name, args)
                    .isNotBlank();
            assertThat(run.out()).as("help of %s", args).contains(name);
        }
        line.getSubcommands().forEach((name, sub) -> {
            List<String> subPath = new ArrayList<>(path);
            subPath.add(name);
            check(job, sub, subPath);
        });
    }
}
