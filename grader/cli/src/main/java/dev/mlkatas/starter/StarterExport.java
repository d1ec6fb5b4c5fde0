package dev.mlkatas.starter;

import dev.mlkatas.catalogue.Catalogue;
import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.catalogue.TestClass;
import dev.mlkatas.grading.Assignment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a starter repository for an assignment: the build, the wrapper, the {@code kata} command, and for
 * each assigned kata its statement, stub, provided code and visible tests; a README for the candidate and a
 * GitHub Actions workflow that grades pushes. It never copies {@code solutions/} nor the hidden tests.
 *
 * <p>Example: {@code new StarterExport(root, catalogue).write(assignment, Path.of("starter"))}
 */
public final class StarterExport {

    private static final List<String> ROOT_FILES =
            List.of("mvnw", "mvnw.cmd", "kata", ".gitignore", ".editorconfig", "LICENSE");
    private static final Pattern MODULES = Pattern.compile("<modules>.*?</modules>", Pattern.DOTALL);
    private static final Pattern BUILD_ORDER =
            Pattern.compile("\\s*<!-- build-order:start -->.*<!-- build-order:end -->", Pattern.DOTALL);
    private static final Pattern MUTATION_MODULE = Pattern.compile("\\s*<module>mutation</module>");
    /** A pom's own artifactId: the first one after its parent. */
    private static final Pattern OWN_ARTIFACT = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>");
    /** The artifactIds of a pom's dependencies on the project's own modules. */
    private static final Pattern DEPENDENCY_ARTIFACT =
            Pattern.compile("<groupId>dev\\.mlkatas</groupId>\\s*<artifactId>([^<]+)</artifactId>");
    /** Files of a kata's catalogue folder that a starter leaves out: they are about the reference. */
    private static final Set<String> REFERENCE_NOTES = Set.of("benchmarks.md");

    private final Path root;
    private final Catalogue catalogue;

    public StarterExport(Path root, Catalogue catalogue) {
        this.root = root;
        this.catalogue = catalogue;
    }

    /** Writes the starter into {@code out}, which must not exist or be empty. Returns the files written. */
    public List<Path> write(Assignment assignment, Path out) {
        List<Kata> katas = assignment.katas().stream().map(a -> catalogue.get(a.id())).toList();
        Set<String> modules = withModulesBuiltOn(
                katas.stream().map(Kata::module).collect(Collectors.toCollection(TreeSet::new)));
        List<Path> written = new ArrayList<>();
        Writer writer = new Writer(out, written);

        for (String file : ROOT_FILES) {
            writer.copy(root.resolve(file), file);
        }
        writer.copyTree(root.resolve(".mvn"), ".mvn");
        // Modules of provided code that kata modules build on (e.g. job-output) go in whole, ahead of the katas.
        List<String> support = supportModules();
        List<String> reactor = new ArrayList<>(support);
        modules.stream().map(StarterExport::topFolder).distinct().forEach(reactor::add);
        reactor.add("grader");
        writer.text("pom.xml", withModules(read(root.resolve("pom.xml")), reactor));
        // A kata module nested in an aggregator (ml-design/ranking) builds through the aggregator's pom, its
        // parent, which here lists the assigned modules alone.
        for (String aggregator : modules.stream().filter(m -> m.contains("/")).map(StarterExport::topFolder)
                .collect(Collectors.toCollection(TreeSet::new))) {
            List<String> nested = modules.stream().filter(m -> m.startsWith(aggregator + "/"))
                    .map(m -> m.substring(aggregator.length() + 1)).toList();
            writer.text(aggregator + "/pom.xml", withModules(read(root.resolve(aggregator).resolve("pom.xml")), nested));
        }
        // A starter has no references to mutate, so it builds no mutation testing tools.
        writer.text("grader/pom.xml", MUTATION_MODULE.matcher(read(root.resolve("grader/pom.xml"))).replaceFirst(""));
        writer.copy(root.resolve("grader/runner/pom.xml"), "grader/runner/pom.xml");
        writer.copyTree(root.resolve("grader/runner/src/main"), "grader/runner/src/main");
        writer.text("grader/cli/pom.xml", BUILD_ORDER.matcher(read(root.resolve("grader/cli/pom.xml"))).replaceFirst(""));
        writer.copyTree(root.resolve("grader/cli/src/main"), "grader/cli/src/main");

        for (String module : support) {
            writer.copy(root.resolve(module).resolve("pom.xml"), module + "/pom.xml");
            writer.copyTree(root.resolve(module).resolve("src/main"), module + "/src/main");
        }
        for (String module : modules) {
            writer.copy(root.resolve(module).resolve("pom.xml"), module + "/pom.xml");
            writer.copyTree(root.resolve(module).resolve("src/main"), module + "/src/main");
            if (Files.isDirectory(root.resolve(module).resolve("src/test/resources"))) {
                writer.copyTree(root.resolve(module).resolve("src/test/resources"), module + "/src/test/resources");
            }
        }
        for (Kata kata : katas) {
            // What the candidate reads of the catalogue entry. Its mutation record and the benchmark notes
            // describe the reference (its mutants, its data structures) and name tools a starter has not.
            String kataDir = root.relativize(kata.directory()).toString();
            writer.copyTree(kata.directory(), kataDir, file -> {
                String name = kata.directory().relativize(file).toString();
                return !REFERENCE_NOTES.contains(name) && !name.equals("kata.yaml");
            });
            writer.text(kataDir + "/kata.yaml", withoutMutationRecord(read(kata.directory().resolve("kata.yaml"))));
            for (Path testPackage : testPackages(kata)) {
                try (Stream<Path> files = Files.list(testPackage)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                        writer.copy(file, root.relativize(file).toString());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + testPackage, e);
                }
            }
        }
        writer.text("assignment.yaml", StarterTexts.assignmentFile(assignment));
        writer.text("README.md", StarterTexts.readme(assignment, katas));
        writer.text(".github/workflows/grade.yml", StarterTexts.workflow());
        return written;
    }

    /**
     * The kata modules {@code assigned} and every kata module they build on, by their poms' dependencies:
     * ranking's online experiment uses the experiments kata's statistics, so a starter with ranking needs
     * the experiments module too. Such a module comes with its stubs and provided code, without its katas.
     */
    private Set<String> withModulesBuiltOn(Set<String> assigned) {
        Map<String, String> moduleByArtifact = new HashMap<>();
        for (String module : catalogue.katas().stream().map(Kata::module).collect(Collectors.toSet())) {
            Matcher artifact = OWN_ARTIFACT.matcher(read(root.resolve(module).resolve("pom.xml")));
            if (artifact.find()) {
                moduleByArtifact.put(artifact.group(1).trim(), module);
            }
        }
        Set<String> modules = new TreeSet<>(assigned);
        List<String> toRead = new ArrayList<>(assigned);
        while (!toRead.isEmpty()) {
            Matcher dependencies = DEPENDENCY_ARTIFACT.matcher(
                    read(root.resolve(toRead.remove(toRead.size() - 1)).resolve("pom.xml")));
            while (dependencies.find()) {
                String module = moduleByArtifact.get(dependencies.group(1).trim());
                if (module != null && modules.add(module)) {
                    toRead.add(module);
                }
            }
        }
        return modules;
    }

    /** The pom with its {@code <modules>} list replaced by {@code modules}, in that order. */
    private static String withModules(String pom, List<String> modules) {
        return MODULES.matcher(pom).replaceFirst(Matcher.quoteReplacement(modules.stream()
                .map(m -> "    <module>" + m + "</module>\n")
                .collect(Collectors.joining("", "<modules>\n", "  </modules>"))));
    }

    /** {@code ml-design} for {@code ml-design/ranking}; a module of the root for itself. */
    private static String topFolder(String module) {
        int slash = module.indexOf('/');
        return slash < 0 ? module : module.substring(0, slash);
    }

    /**
     * The catalogue entry without its top-level {@code mutation} record and the comment lines right above
     * it; every other line as it was.
     */
    static String withoutMutationRecord(String yaml) {
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        int start = lines.indexOf("mutation:");
        if (start < 0) {
            return yaml;
        }
        int end = start + 1;
        while (end < lines.size() && (lines.get(end).isBlank() || lines.get(end).startsWith(" "))) {
            end++;
        }
        while (start > 0 && lines.get(start - 1).startsWith("#")) {
            start--;
        }
        lines.subList(start, end).clear();
        return lines.stream().collect(Collectors.joining("\n", "", "\n"));
    }

    /**
     * The folders of the kata's test classes, and the module's shared test support: any folder of the module's
     * {@code src/test/java} that holds sources but no test class of any kata (a fixture the katas of a module
     * share, such as the map-reduce katas' mini cluster), without which a kata's tests would not compile.
     */
    private Set<Path> testPackages(Kata kata) {
        Set<Path> packages = new LinkedHashSet<>();
        for (TestClass test : kata.tests()) {
            packages.add(testPackage(kata, test));
        }
        Set<Path> kataPackages = catalogue.katas().stream().filter(k -> k.module().equals(kata.module()))
                .flatMap(k -> k.tests().stream().map(test -> testPackage(k, test))).collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(root.resolve(kata.module()).resolve("src/test/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent).filter(p -> !kataPackages.contains(p))
                    .sorted().forEach(packages::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the test sources of " + kata.module(), e);
        }
        return packages;
    }

    private Path testPackage(Kata kata, TestClass test) {
        return root.resolve(kata.module()).resolve("src/test/java").resolve(test.sourcePath()).getParent();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Writes files below the starter's folder, and remembers each. */
    private record Writer(Path out, List<Path> written) {

        void copy(Path from, String to) {
            Path target = out.resolve(to);
            try {
                Files.createDirectories(target.getParent());
                Files.copy(from, target, StandardCopyOption.COPY_ATTRIBUTES);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + from + " to " + target, e);
            }
            written.add(target);
        }

        void copyTree(Path from, String to) {
            copyTree(from, to, file -> true);
        }

        void copyTree(Path from, String to, Predicate<Path> keep) {
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.filter(Files::isRegularFile).filter(keep).sorted().toList()) {
                    copy(file, to + "/" + from.relativize(file).toString().replace('\\', '/'));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + from, e);
            }
        }

        void text(String to, String content) {
            Path target = out.resolve(to);
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(target, content);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target, e);
            }
            written.add(target);
        }
    }

    /**
     * The root reactor's modules that hold no kata, are no aggregator of kata modules, and are neither the
     * references nor the grader.
     */
    private List<String> supportModules() {
        Set<String> kataModules = catalogue.katas().stream().map(Kata::module).map(StarterExport::topFolder)
                .collect(Collectors.toSet());
        Matcher modules = MODULES.matcher(read(root.resolve("pom.xml")));
        if (!modules.find()) {
            return List.of();
        }
        return Pattern.compile("<module>([^<]+)</module>").matcher(modules.group()).results()
                .map(m -> m.group(1).trim())
                .filter(m -> !kataModules.contains(m) && !m.equals("solutions") && !m.equals("grader"))
                .toList();
    }
}
