package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.launch.KataLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kata bench <id> [jmh options...]}: runs a kata's JMH benchmarks against the reference. */
@Command(name = "bench", description = "Run a kata's benchmarks (JMH) against the reference.")
final class BenchCommand extends Subcommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<id>", description = "The kata, e.g. two-sum.")
    private String id;

    @Parameters(index = "1..*", paramLabel = "<jmh-options>", description = "Passed to JMH, e.g. -f 1 -wi 3 -i 5.")
    private List<String> jmhOptions = new ArrayList<>();

    @Override
    public Integer call() {
        Context context = context();
        Kata k = kata(id);
        if (k.benchmarks().isEmpty()) {
            // Some katas measure what JMH cannot, such as a whole Hadoop job, with a script of their own.
            Path described = k.directory().resolve("benchmarks.md");
            throw new UserException(Files.isRegularFile(described)
                    ? k.id() + " has no JMH benchmarks for kata bench; its benchmarks and how to run them are in "
                            + context.display(described)
                    : k.id() + " has no benchmarks");
        }
        if (!context.workspace().hasReferences(k)) {
            throw new UserException("this copy of the katas has no reference solutions to benchmark");
        }
        return new KataLauncher(context.workspace()).bench(k, jmhOptions);
    }
}
