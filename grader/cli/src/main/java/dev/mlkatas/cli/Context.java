package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Catalogue;
import dev.mlkatas.interview.InterviewStore;
import dev.mlkatas.progress.ProgressStore;
import dev.mlkatas.workspace.Workspace;
import java.io.BufferedReader;
import java.nio.file.Path;
import java.time.Clock;

/** The repository a command works on: its catalogue, its build output and the candidate's progress. */
final class Context {

    private final Workspace workspace;
    private final BufferedReader input;
    private final Clock clock;
    private Catalogue catalogue;

    Context(Path root, BufferedReader input, Clock clock) {
        this.workspace = new Workspace(root);
        this.input = input;
        this.clock = clock;
    }

    Catalogue catalogue() {
        if (catalogue == null) {
            catalogue = Catalogue.load(workspace.root());
        }
        return catalogue;
    }

    Workspace workspace() {
        return workspace;
    }

    ProgressStore progress() {
        return new ProgressStore(workspace.root());
    }

    /** The mock interview in progress, if any, beside the progress. */
    InterviewStore interviews() {
        return new InterviewStore(workspace.root());
    }

    /** The time of day, for the interview's clock; tests set it. */
    Clock clock() {
        return clock;
    }

    /** What the person at the terminal types; empty when nobody can answer. */
    BufferedReader input() {
        return input;
    }

    /** A path as a person would type it from the top of the repository. */
    String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(workspace.root()) ? workspace.root().relativize(absolute).toString() : path.toString();
    }
}
