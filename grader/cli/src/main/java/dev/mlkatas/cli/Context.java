package dev.mlkatas.cli;

import dev.mlkatas.catalogue.Catalogue;
import dev.mlkatas.progress.ProgressStore;
import dev.mlkatas.workspace.Workspace;
import java.io.BufferedReader;
import java.nio.file.Path;

/** The repository a command works on: its catalogue, its build output and the candidate's progress. */
final class Context {

    private final Workspace workspace;
    private final BufferedReader input;
    private Catalogue catalogue;

    Context(Path root, BufferedReader input) {
        this.workspace = new Workspace(root);
        this.input = input;
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
