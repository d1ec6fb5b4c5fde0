package dev.mlkatas.jobs;

import dev.mlkatas.output.OutputDirectory;
import java.io.IOException;
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

    /**
     * Writes one file into the output directory and publishes it: the file where it now is; on a failure,
     * nothing is left behind. The directory is checked before {@code writer} runs.
     *
     * <p>Example: {@code Path written = output.writeOne("dispatch-data", "city.txt", file -> Files.writeString(file,
     * text));}
     */
    public Path writeOne(String kataId, String fileName, FileWriter writer) throws IOException {
        OutputDirectory directory = choose(kataId);
        try {
            writer.write(directory.file(fileName));
            return directory.publish().resolve(fileName);
        } finally {
            directory.discard();
        }
    }

    /** Writes a file at the path it is given. */
    @FunctionalInterface
    public interface FileWriter {
        void write(Path file) throws IOException;
    }
}
