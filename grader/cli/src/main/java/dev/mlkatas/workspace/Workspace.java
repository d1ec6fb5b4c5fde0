package dev.mlkatas.workspace;

import dev.mlkatas.catalogue.Kata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a repository keeps each part of a kata, by the layout every module shares.
 *
 * <pre>
 * &lt;module&gt;/katas/&lt;id&gt;/           catalogue entry and statement
 * &lt;module&gt;/src/main/java          stubs (the candidate's files) and provided code
 * &lt;module&gt;/src/test/java          the kata's tests
 * solutions/&lt;module&gt;/src/main/java references, at the same paths as the stubs
 * </pre>
 *
 * <p>Compiled classes and each module's recorded test class path come from the Maven build, under
 * {@code target/}.
 */
public record Workspace(Path root) {

    public Workspace {
        root = root.toAbsolutePath().normalize();
    }

    public Path moduleDir(Kata kata) {
        return root.resolve(kata.module());
    }

    public Path testSources(Kata kata) {
        return moduleDir(kata).resolve("src/test/java");
    }

    public Path testResources(Kata kata) {
        return moduleDir(kata).resolve("src/test/resources");
    }

    /** A file the candidate edits, e.g. {@code algorithms/src/main/java/.../TwoSum.java}. */
    public Path candidateFile(Kata kata, String file) {
        return moduleDir(kata).resolve(file);
    }

    /** The reference for a candidate file, e.g. {@code solutions/algorithms/src/main/java/.../TwoSum.java}. */
    public Path referenceFile(Kata kata, String file) {
        return referenceDir(kata).resolve(file);
    }

    /** The kata module's compiled stubs and provided code. */
    public Path moduleClasses(Kata kata) {
        return built(moduleDir(kata).resolve("target/classes"), kata.module());
    }

    /** The kata module's dependencies: test frameworks and whatever its katas use. */
    public List<Path> moduleClasspath(Kata kata) {
        return recordedClasspath(moduleDir(kata), kata.module());
    }

    /**
     * The katas of {@code others} whose module {@code kata}'s module builds on: another module whose build is
     * on its class path, as ranking's online experiment uses the experiments kata's statistics.
     */
    public List<Kata> buildsOn(Kata kata, Collection<Kata> others) {
        List<Path> classpath = moduleClasspath(kata);
        return others.stream().filter(other -> !other.module().equals(kata.module())).filter(other -> {
            Path otherBuild = moduleDir(other).resolve("target");
            return classpath.stream().anyMatch(entry -> entry.startsWith(otherBuild));
        }).toList();
    }

    /** False in a starter repository, which has no reference solutions. */
    public boolean hasReferences(Kata kata) {
        return Files.isDirectory(referenceDir(kata));
    }

    /** The compiled references. */
    public Path referenceClasses(Kata kata) {
        return built(referenceDir(kata).resolve("target/classes"), "solutions/" + kata.module());
    }

    /**
     * The references as the build packaged them, when the jar is at least as new as every compiled class: a
     * class path of jars alone can be archived for class data sharing, and the module's own jar is on it
     * already. None when the build packaged nothing, or compiled since.
     */
    public Optional<Path> referenceJar(Kata kata) {
        Path target = referenceDir(kata).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            List<Path> jars = files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .filter(f -> !f.getFileName().toString().matches(".*-(tests|sources|javadoc)\\.jar")).toList();
            if (jars.size() != 1) {
                return Optional.empty();
            }
            FileTime packaged = Files.getLastModifiedTime(jars.get(0));
            try (Stream<Path> classes = Files.walk(target.resolve("classes"))) {
                boolean newer = classes.filter(Files::isRegularFile).anyMatch(f -> modifiedAfter(f, packaged));
                return newer ? Optional.empty() : Optional.of(jars.get(0));
            }
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Where the grader keeps what it can make again: {@code .kata/cache/<name>} at the top of the repository. */
    public Path cache(String name) {
        return root.resolve(".kata/cache").resolve(name);
    }

    private static boolean modifiedAfter(Path file, FileTime time) {
        try {
            return Files.getLastModifiedTime(file).compareTo(time) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference module's dependencies, the kata module's jar among them. */
    public List<Path> referenceClasspath(Kata kata) {
        return recordedClasspath(referenceDir(kata), "solutions/" + kata.module());
    }

    /** The reference module's compiled tests and benchmarks, for `kata bench`. */
    public Path referenceTestClasses(Kata kata) {
        return built(referenceDir(kata).resolve("target/test-classes"), "solutions/" + kata.module());
    }

    /** What the forked test JVM needs besides the code under test: the runner and the JUnit launcher. */
    public List<Path> runnerClasspath() {
        Path runner = root.resolve("grader/runner");
        List<Path> classpath = new ArrayList<>();
        classpath.add(built(runner.resolve("target/classes"), "grader/runner"));
        classpath.addAll(recordedClasspath(runner, "grader/runner"));
        return classpath;
    }

    /** The references' sources, for the reports of mutation testing. */
    public Path referenceSources(Kata kata) {
        return referenceDir(kata).resolve("src/main/java");
    }

    /** Where {@code kata mutate} writes a kata's reports: {@code solutions/<module>/target/mutation/<id>}. */
    public Path mutationDir(Kata kata) {
        return referenceDir(kata).resolve("target/mutation").resolve(kata.id());
    }

    /** The compiled runner alone: its jqwik hook gives every property a seed derived from one seed. */
    public Path runnerClasses() {
        return built(root.resolve("grader/runner/target/classes"), "grader/runner");
    }

    /** PIT, its JUnit 5 plugin and the JUnit Platform launcher, for {@code kata mutate}. */
    public List<Path> mutationToolClasspath() {
        return recordedClasspath(root.resolve("grader/mutation"), "grader/mutation");
    }

    /** Where jqwik remembers failing seeds between runs of a kata module's tests. */
    public Path jqwikDatabase(Kata kata) {
        return moduleDir(kata).resolve("target/jqwik-database");
    }

    private Path referenceDir(Kata kata) {
        return root.resolve("solutions").resolve(kata.module());
    }

    private static Path built(Path path, String module) {
        if (!Files.isDirectory(path)) {
            throw new NotBuiltException(module);
        }
        return path;
    }

    /**
     * The build writes each module's test class path to {@code target/kata/test-classpath.txt}, in paths
     * that {@link RecordedClasspath} moves to where this repository and the local Maven repository are now.
     */
    private List<Path> recordedClasspath(Path moduleDir, String module) {
        Path file = moduleDir.resolve("target/kata/test-classpath.txt");
        if (!Files.isRegularFile(file)) {
            throw new NotBuiltException(module);
        }
        RecordedClasspath recorded = RecordedClasspath.of(root);
        List<Path> classpath;
        try {
            classpath = recorded.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        // A copy run on another machine, or with M2_REPO pointing elsewhere, would otherwise fail later in
        // a forked JVM with a NoClassDefFoundError.
        for (Path entry : classpath) {
            if (entry.startsWith(recorded.localRepository()) && !Files.exists(entry)) {
                throw new NotBuiltException(module, entry, recorded.localRepository());
            }
        }
        return classpath;
    }
}
