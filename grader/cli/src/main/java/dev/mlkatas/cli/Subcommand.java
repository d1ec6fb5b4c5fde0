package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.Task;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand of {@code kata} has: the repository it works on, where it prints, and the
 * {@code -h, --help} and {@code -V, --version} that {@code kata --help} advertises.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = KataCli.Version.class)
abstract class Subcommand {

    @ParentCommand
    private KataCli kata;

    @Spec
    private CommandSpec spec;

    Context context() {
        return kata.context();
    }

    /** The kata with this id, or a usage error that lists the known ids. */
    Kata kata(String id) {
        return context().catalogue().get(id);
    }

    /**
     * {@code kata} with only the tests of task {@code task}, or the whole kata when {@code task} is null; a
     * usage error when the statement has no such task.
     */
    Kata onlyTask(Kata kata, Integer task) {
        if (task == null) {
            return kata;
        }
        if (kata.task(task).isEmpty()) {
            throw new UserException(kata.id() + " has " + Task.range(kata.tasks().size()) + "; there is no task "
                    + task);
        }
        return kata.onlyTask(task);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
