package dev.mlkatas;

import dev.mlkatas.testing.SourceCompiler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Does for a {@link FixtureRepository} what the Maven build does for the real one: compiles the stubs and
 * the references and records the class paths. The forked runner and the class path of the mutation
 * testing tools are copied from the real repository's build, named by the {@code kata.root} system property.
 */
public final class FixtureBuild {

    private FixtureBuild() {}

    public static void build(FixtureRepository repository) {
        Path root = repository.root();
        Path realRoot = Path.of(System.getProperty("kata.root", "../.."));
        List<Path> jars = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .map(Path::of)
                .toList();

        Path stubClasses = root.resolve("fixture/target/classes");
        compileTree(root.resolve("fixture/src/main/java"), jars, stubClasses, root);
        writeClasspath(root.resolve("fixture"), jars);

        List<Path> referenceClasspath = new ArrayList<>(List.of(stubClasses));
        referenceClasspath.addAll(jars);
        compileTree(root.resolve("solutions/fixture/src/main/java"), referenceClasspath,
                root.resolve("solutions/fixture/target/classes"), root);
        writeClasspath(root.resolve("solutions/fixture"), referenceClasspath);

        Path runner = realRoot.resolve("grader/runner/target");
        RepositoryCopy.copyTree(runner.resolve("classes"), root.resolve("grader/runner/target/classes"));
        RepositoryCopy.copyTree(runner.resolve("kata"), root.resolve("grader/runner/target/kata"));
        RepositoryCopy.copyTree(realRoot.resolve("grader/mutation/target/kata"),
                root.resolve("grader/mutation/target/kata"));
    }

    private static void compileTree(Path sources, List<Path> classpath, Path out, Path root) {
        try (Stream<Path> files = Files.walk(sources)) {
            Files.createDirectories(out);
            List<Path> java = files.filter(f -> f.toString().endsWith(".java")).toList();
            SourceCompiler.Result result = SourceCompiler.compile(java, classpath, List.of(sources), out, root);
            if (!result.success()) {
                throw new IllegalStateException("the fixture does not compile:\n" + result.messages());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeClasspath(Path module, List<Path> classpath) {
        try {
            Path file = module.resolve("target/kata/test-classpath.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
