package dev.mlkatas.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The keys of a {@code kata.yaml} file, as written; {@link Catalogue} checks them and makes a {@link Kata}. */
record CatalogueEntry(
        String id,
        String title,
        Round round,
        Difficulty difficulty,
        String summary,
        List<String> files,
        List<TestEntry> tests,
        Integer timeLimitSeconds,
        List<String> jvmOptions,
        List<String> hints,
        Run run,
        List<String> bench,
        MutationEntry mutation,
        List<String> allow) {

    /** One entry of {@code tests}, as written: {@code task} may be missing, which the catalogue refuses. */
    record TestEntry(@JsonProperty("class") String className, int points, Integer task) {}

    /**
     * What {@code kata run} starts, and which of its commands (its first argument) run in a short-lived JVM:
     * {@code shortLived} may be missing.
     */
    record Run(String main, List<String> shortLived) {}

    /** The {@code mutation} key, as written: see {@link Mutation}. */
    record MutationEntry(
            Integer score,
            Integer mutants,
            Integer killed,
            List<Mutation.ExcludedTest> excludedTests,
            List<Mutation.UnreachableCode> unreachable,
            List<Mutation.EquivalentMutant> equivalent) {}
}
