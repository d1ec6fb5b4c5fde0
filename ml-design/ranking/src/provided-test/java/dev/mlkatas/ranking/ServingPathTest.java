package dev.mlkatas.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.ranking.catalog.InstacartFiles;
import dev.mlkatas.ranking.log.SearchLogCsv;
import dev.mlkatas.ranking.rankers.Bm25Ranker;
import dev.mlkatas.ranking.rankers.LearnedRanker;
import dev.mlkatas.ranking.rankers.PopularityRanker;
import dev.mlkatas.ranking.rankers.TrainingSet;
import dev.mlkatas.ranking.search.SearchSystem;
import dev.mlkatas.ranking.simulation.experiment.SimulatedShop;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * What serves a query knows nothing of the simulated world the kata runs it in: every class that the
 * compiled serving path references, directly or through other classes of this system, lies outside
 * {@code dev.mlkatas.ranking.simulation}. The walk reads the class files' references with ASM, so a fully
 * qualified name in the code counts as much as an import.
 */
class ServingPathTest {

    private static final String SYSTEM = "dev/mlkatas/ranking/";
    private static final String SIMULATION = SYSTEM + "simulation/";

    /**
     * Where serving starts: the system that answers {@code search}, the rankers it ranks with, and what
     * reads a shop's own files (its catalogue, its search log) and learns from that log.
     */
    private static final List<Class<?>> SERVING = List.of(SearchSystem.class, Bm25Ranker.class,
            PopularityRanker.class, LearnedRanker.class, TrainingSet.class, InstacartFiles.class, SearchLogCsv.class);

    @Test
    @DisplayName("no class the serving path reaches belongs to the simulation")
    void servingReachesNoSimulation() {
        Map<String, String> reached = reachedFrom(SERVING);

        assertThat(simulationReached(reached))
                .as("classes of the simulation the serving path reaches, each with the class that referenced it")
                .isEmpty();
    }

    @Test
    @DisplayName("the walk covers the whole serving path: retrieval, query understanding, features, rules, dense vectors")
    void walkSeesEveryStage() {
        assertThat(reachedFrom(List.of(SearchSystem.class)).keySet()).contains(
                SYSTEM + "retrieval/LuceneRetriever", SYSTEM + "query/CatalogQueryNormaliser",
                SYSTEM + "features/FeatureExtractor", SYSTEM + "rules/BusinessRules", SYSTEM + "dense/DenseModel",
                SYSTEM + "log/SearchLog");
    }

    @Test
    @DisplayName("the walk finds the simulation where it is used: the simulated shop reaches the shoppers")
    void walkFindsSimulationWhereItIs() {
        assertThat(reachedFrom(List.of(SimulatedShop.class)).keySet())
                .contains(SIMULATION + "shoppers/SearchSimulator", SYSTEM + "search/SearchSystem");
    }

    /** Every class of this system reachable from {@code roots}, each with the class that first referenced it. */
    private static Map<String, String> reachedFrom(List<Class<?>> roots) {
        Map<String, String> reached = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>();
        for (Class<?> root : roots) {
            String name = root.getName().replace('.', '/');
            reached.put(name, "(start)");
            pending.add(name);
        }
        while (!pending.isEmpty()) {
            String current = pending.poll();
            for (String referenced : references(current)) {
                if (referenced.startsWith(SYSTEM) && !reached.containsKey(referenced)) {
                    reached.put(referenced, current);
                    pending.add(referenced);
                }
            }
        }
        return reached;
    }

    /** The internal names of every type one class file mentions: supertypes, fields, signatures, code. */
    private static List<String> references(String internalName) {
        List<String> names = new ArrayList<>();
        try (InputStream in = ServingPathTest.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
            assertThat(in).as("class file of %s", internalName).isNotNull();
            new ClassReader(in).accept(new ClassRemapper(new ClassWriter(0), new Remapper(Opcodes.ASM9) {
                @Override
                public String map(String name) {
                    names.add(name);
                    return name;
                }
            }), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class file of " + internalName, e);
        }
        return names;
    }

    private static List<String> simulationReached(Map<String, String> reached) {
        return reached.entrySet().stream().filter(e -> e.getKey().startsWith(SIMULATION))
                .map(e -> e.getKey() + " <- " + e.getValue()).toList();
    }
}
