package dev.mlkatas.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.mlkatas.catalogue.Catalogue;
import dev.mlkatas.verification.BytecodeVerifier.CandidateClass;
import dev.mlkatas.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every kata's reference, compiled under {@code solutions/}, uses only what the kata's allowlist holds: a
 * correct answer is never refused by the grader.
 */
class ReferencesPassVerificationIT {

    private static final Path ROOT = Path.of(System.getProperty("kata.root", "../..")).toAbsolutePath().normalize();

    @TestFactory
    @DisplayName("every reference's compiled classes pass its kata's bytecode allowlist")
    Stream<DynamicTest> referencesPass() {
        Workspace workspace = new Workspace(ROOT);
        return Catalogue.load(ROOT).katas().stream().map(kata -> dynamicTest(kata.id(), () -> {
            Path classes = workspace.referenceClasses(kata);
            List<CandidateClass> references = CandidateClasses.compiledFrom(kata, classes);
            assertThat(references).as("%s: compiled reference classes", kata.id()).isNotEmpty();
            Set<String> own = new HashSet<>(CandidateClasses.provided(kata, workspace.moduleClasses(kata)));
            references.forEach(c -> own.add(c.className()));
            List<Path> classpath = new ArrayList<>(List.of(classes));
            classpath.addAll(workspace.referenceClasspath(kata));
            try (ClassLibrary library = new ClassLibrary(classpath)) {
                List<Refusal> refusals = new BytecodeVerifier(AllowList.of(kata.allow(), own), library)
                        .refusals(references);

                assertThat(refusals).as("%s: references the allowlist refuses", kata.id()).isEmpty();
            }
        }));
    }
}
