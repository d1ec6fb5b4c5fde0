package dev.mlkatas.verification;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.verification.BytecodeVerifier.CandidateClass;
import dev.mlkatas.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bytecode allowlist as {@code kata test} and {@code kata grade} apply it, right after the candidate's
 * files compiled: the candidate's classes in the compiler's output, checked against the kata's allowlist.
 *
 * <p>Example: {@code CandidateCheck.refusal(kata, workspace, classes, classpath)} is the sentence a report
 * prints, or empty when the code may run.
 */
public final class CandidateCheck {

    private CandidateCheck() {}

    /**
     * Why the candidate's classes in {@code classes} may not run, in one sentence, or empty;
     * {@code classpath} is what they were compiled against.
     */
    public static Optional<String> refusal(Kata kata, Workspace workspace, Path classes, List<Path> classpath) {
        List<CandidateClass> candidates = CandidateClasses.inOutput(kata, classes, workspace.testSources(kata));
        Set<String> own = new HashSet<>(CandidateClasses.provided(kata, workspace.moduleClasses(kata)));
        candidates.forEach(c -> own.add(c.className()));
        List<Path> library = new ArrayList<>(List.of(classes));
        library.addAll(classpath);
        try (ClassLibrary classLibrary = new ClassLibrary(library)) {
            return new BytecodeVerifier(AllowList.of(kata.allow(), own), classLibrary).verify(candidates)
                    .map(Refusal::sentence);
        }
    }
}
