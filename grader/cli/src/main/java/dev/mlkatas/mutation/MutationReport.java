package dev.mlkatas.mutation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.Mutation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What mutation testing of one kata's suite found, read against what its catalogue entry leaves out.
 *
 * <p>Example: {@code MutationReport.of(kata, PitReport.read(xml), settings, dir, elapsed).score()}
 *
 * @param mutants every mutant counted: all PIT made, less those in code the entry lists as unreachable
 * @param equivalent the surviving mutants the entry lists as equivalent
 * @param survivors the surviving mutants nothing explains: each wants a test that kills it
 * @param reachedUnreachable mutants in code listed as unreachable that a test ran nonetheless
 * @param staleEquivalents listed equivalent mutants that no surviving mutant matches any more
 * @param setAside how many mutants the unreachable code has
 * @param reportDir where PIT's reports and {@code mutation.json} are
 */
public record MutationReport(
        Kata kata,
        MutationSettings settings,
        List<Mutant> mutants,
        List<Mutant> equivalent,
        List<Mutant> survivors,
        List<Mutant> reachedUnreachable,
        List<String> staleEquivalents,
        int setAside,
        Path reportDir,
        Duration elapsed) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public MutationReport {
        mutants = List.copyOf(mutants);
        equivalent = List.copyOf(equivalent);
        survivors = List.copyOf(survivors);
        reachedUnreachable = List.copyOf(reachedUnreachable);
        staleEquivalents = List.copyOf(staleEquivalents);
    }

    /** Sorts PIT's mutants by what the kata's catalogue entry says of them. */
    public static MutationReport of(Kata kata, List<Mutant> all, MutationSettings settings, Path reportDir,
            Duration elapsed) {
        Mutation listed = kata.mutation();
        Set<String> unreachable = listed.unreachable().stream()
                .map(Mutation.UnreachableCode::where).collect(Collectors.toSet());
        Set<String> equivalentIds = listed.equivalent().stream()
                .map(Mutation.EquivalentMutant::mutant).collect(Collectors.toSet());
        List<Mutant> counted = new ArrayList<>();
        List<Mutant> equivalent = new ArrayList<>();
        List<Mutant> survivors = new ArrayList<>();
        List<Mutant> reached = new ArrayList<>();
        int setAside = 0;
        List<Mutant> ordered = all.stream()
                .sorted(Comparator.comparing(Mutant::method).thenComparingInt(Mutant::line)
                        .thenComparing(Mutant::description).thenComparingInt(Mutant::nth))
                .toList();
        for (Mutant mutant : ordered) {
            if (unreachable.contains(mutant.method()) || unreachable.contains(mutant.method() + " line " + mutant.line())) {
                setAside++;
                if (mutant.covered()) {
                    reached.add(mutant);
                }
                continue;
            }
            counted.add(mutant);
            if (!mutant.detected()) {
                (equivalentIds.contains(mutant.id()) ? equivalent : survivors).add(mutant);
            }
        }
        Set<String> matched = equivalent.stream().map(Mutant::id).collect(Collectors.toSet());
        List<String> stale = equivalentIds.stream().filter(id -> !matched.contains(id)).sorted().toList();
        return new MutationReport(kata, settings, counted, equivalent, survivors, reached, stale, setAside,
                reportDir, elapsed);
    }

    /** The mutants a test detected: it failed, errored or ran out of time. */
    public int killed() {
        return (int) mutants.stream().filter(Mutant::detected).count();
    }

    /** Killed mutants over all counted mutants but the equivalent ones, in percent rounded down. */
    public int score() {
        int killable = mutants.size() - equivalent.size();
        return killable == 0 ? 100 : (int) (100L * killed() / killable);
    }

    /** Whether the suite reaches {@link Mutation#MIN_SCORE} and leaves the code listed as unreachable unreached. */
    public boolean passes() {
        return score() >= Mutation.MIN_SCORE && reachedUnreachable.isEmpty();
    }

    /** The record to keep in the kata's catalogue entry. */
    public Mutation.Score record() {
        return new Mutation.Score(score(), mutants.size(), killed());
    }

    /** Writes the report for machines: {@code mutation.json} in {@link #reportDir}. */
    public Path writeJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kata", kata.id());
        json.put("score", score());
        json.put("minScore", Mutation.MIN_SCORE);
        json.put("passes", passes());
        json.put("mutants", mutants.size());
        json.put("killed", killed());
        json.put("equivalent", equivalent.stream().map(Mutant::id).distinct().toList());
        json.put("survivors", survivors.stream().map(Mutant::id).toList());
        json.put("unreachableMutants", setAside);
        json.put("reachedUnreachable", reachedUnreachable.stream().map(Mutant::id).toList());
        json.put("staleEquivalents", staleEquivalents);
        json.put("excludedTests", kata.mutation().excludedTests().stream()
                .map(Mutation.ExcludedTest::className).toList());
        json.put("seed", settings.seed());
        json.put("tries", settings.tries());
        json.put("seconds", elapsed.toSeconds());
        Path file = reportDir.resolve("mutation.json");
        try {
            JSON.writeValue(file.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
