package dev.mlkatas.cli;

import dev.mlkatas.grading.Assignment;
import dev.mlkatas.grading.AssignmentFile;
import dev.mlkatas.starter.StarterExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kata assign}: writes a starter repository for an assignment, without references or hidden tests. */
@Command(name = "assign", description = "Write a starter repository for an assignment (for mentors).")
final class AssignCommand extends Subcommand implements Runnable {

    @Option(names = "--assignment", required = true, paramLabel = "FILE", description = "The assignment (YAML or JSON).")
    private Path assignmentFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty folder for the starter.")
    private Path out;

    @Override
    public void run() {
        Context context = context();
        Assignment assignment;
        try {
            assignment = AssignmentFile.read(assignmentFile, context.catalogue());
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        if (Files.exists(out) && !isEmptyFolder(out)) {
            throw new UserException("--out " + out + " exists and is not an empty folder; nothing was written");
        }
        List<Path> written = new StarterExport(context.workspace().root(), context.catalogue()).write(assignment, out);
        PrintWriter stdout = out();
        stdout.println("Wrote a starter for \"" + assignment.title() + "\" (" + assignment.katas().size()
                + (assignment.katas().size() == 1 ? " kata" : " katas") + ", " + written.size() + " files) to " + out);
        stdout.println("Grade a submission with: ./kata grade --assignment " + assignmentFile
                + " --workspace <submission>");
        stdout.flush();
    }

    private static boolean isEmptyFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
