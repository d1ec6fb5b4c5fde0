package dev.mlkatas.interview;

import dev.mlkatas.progress.StateFile;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The interview in progress, kept in {@code .kata/interview.json} beside the candidate's progress so that it
 * outlives the command that started it: {@code kata test} and {@code kata interview --status} read it.
 *
 * <p>Example: {@code new InterviewStore(root).current().ifPresent(i -> ...)}.
 */
public final class InterviewStore {

    private final StateFile file;

    public InterviewStore(Path root) {
        this.file = new StateFile(root, "interview.json", "interview", "end the interview");
    }

    /** The interview in progress, if one is. */
    public Optional<Interview> current() {
        return file.read(Interview.class);
    }

    public void start(Interview interview) {
        file.write(interview);
    }

    /** Ends the interview in progress; nothing happens when none is. */
    public void finish() {
        file.delete();
    }
}
