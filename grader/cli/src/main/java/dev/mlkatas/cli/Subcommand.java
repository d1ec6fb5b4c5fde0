package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Kata;
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

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
