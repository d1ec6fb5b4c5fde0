package dev.mlkatas.jobs;

import dev.mlkatas.output.OutputDirectory;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --out} option of a job that writes results: a folder that must be new or empty, or by default a
 * new {@code kata-output/<job>-<yyyyMMdd-HHmmss>} folder. The results appear there only when all are written.
 *
 * <p>Example: {@code @Mixin private OutputFolder output;} in a job, then
 * {@code OutputDirectory directory = output.choose("churn");}
 */
public final class OutputFolder {

    @Option(names = "--out", paramLabel = "DIR",
            description = "The folder for the results; it must be new or empty, so nothing is overwritten. "
                    + "Default: a new folder kata-output/<job>-<date>-<time>.")
    private Path folder;

    /** The folder given, or null for the default. */
    public Path given() {
        return folder;
    }

    /** The output directory, checked to be usable before any work starts. */
    public OutputDirectory choose(String kataId) {
        return OutputDirectory.choose(folder, kataId);
    }
}
