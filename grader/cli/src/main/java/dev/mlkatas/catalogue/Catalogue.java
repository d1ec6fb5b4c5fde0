package dev.mlkatas.catalogue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mlkatas.verification.ReferencePattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every kata of a repository, read from {@code <module>/katas/<id>/kata.yaml}.
 *
 * <p>Example: {@code Catalogue.load(Path.of(".")).find("two-sum")}
 *
 * <p>Katas are listed by round, then by module and id, which is the order of the interview.
 */
public final class Catalogue {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final int DEFAULT_TIME_LIMIT_SECONDS = 120;

    private final Path root;
    private final Map<String, Kata> katas;

    private Catalogue(Path root, Map<String, Kata> katas) {
        this.root = root;
        this.katas = katas;
    }

    /** Reads every catalogue entry below the repository {@code root}. */
    public static Catalogue load(Path root) {
        List<Kata> found = new ArrayList<>();
        for (Path entry : entries(root)) {
            found.add(read(root, entry));
        }
        found.sort(Comparator.comparing(Kata::round).thenComparing(Kata::module).thenComparing(Kata::id));
        Map<String, Kata> byId = new LinkedHashMap<>();
        for (Kata kata : found) {
            Kata twin = byId.putIfAbsent(kata.id(), kata);
            if (twin != null) {
                throw new CatalogueException("kata id '" + kata.id() + "' is used twice: in "
                        + root.relativize(twin.directory()) + " and in " + root.relativize(kata.directory()));
            }
        }
        return new Catalogue(root, byId);
    }

    public Path root() {
        return root;
    }

    public List<Kata> katas() {
        return List.copyOf(katas.values());
    }

    public Optional<Kata> find(String id) {
        return Optional.ofNullable(katas.get(id));
    }

    /** The kata with this id, or an {@link UnknownKataException} that lists the known ids. */
    public Kata get(String id) {
        return find(id).orElseThrow(() -> new UnknownKataException(id, List.copyOf(katas.keySet())));
    }

    /**
     * Entries sit at {@code <module>/katas/<id>/kata.yaml}, where a module is a folder of the repository
     * root or of an aggregator below it ({@code ml-design/ranking}); the references' and the grader's
     * folders hold no katas.
     */
    private static List<Path> entries(Path root) {
        List<Path> entries = new ArrayList<>();
        for (Path module : folders(root)) {
            if (NOT_KATA_MODULES.contains(module.getFileName().toString())) {
                continue;
            }
            addEntries(module, entries);
            for (Path nested : folders(module)) {
                addEntries(nested, entries);
            }
        }
        return entries;
    }

    private static final Set<String> NOT_KATA_MODULES = Set.of("solutions", "grader", "target");

    private static void addEntries(Path module, List<Path> entries) {
        Path katas = module.resolve("katas");
        if (Files.isDirectory(katas)) {
            folders(katas).stream().map(dir -> dir.resolve("kata.yaml")).filter(Files::isRegularFile)
                    .forEach(entries::add);
        }
    }

    private static List<Path> folders(Path parent) {
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory)
                    .filter(dir -> !dir.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the katas under " + parent, e);
        }
    }

    private static Kata read(Path root, Path file) {
        String name = root.relativize(file).toString();
        CatalogueEntry entry;
        try {
            entry = YAML.readValue(file.toFile(), CatalogueEntry.class);
        } catch (UnrecognizedPropertyException e) {
            throw new CatalogueException(name + where(e.getLocation()) + ": unknown key '" + e.getPropertyName()
                    + "' (known keys: " + String.join(", ", knownKeys(e)) + ")");
        } catch (JsonMappingException e) {
            throw new CatalogueException(name + where(e.getLocation()) + ": " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new CatalogueException(name + ": cannot be read: " + firstLine(e.getMessage()));
        }
        if (entry == null) {
            throw new CatalogueException(name + ": is empty");
        }
        Path directory = file.getParent();
        String module = root.relativize(directory.getParent().getParent()).toString();
        return check(name, entry, module, directory, root.resolve(module));
    }

    private static Kata check(String name, CatalogueEntry e, String module, Path directory, Path moduleDir) {
        String folder = directory.getFileName().toString();
        require(name, "id", e.id());
        if (!e.id().equals(folder)) {
            throw new CatalogueException(name + ": id '" + e.id() + "' must match its folder name '" + folder + "'");
        }
        require(name, "title", e.title());
        require(name, "round", e.round());
        require(name, "difficulty", e.difficulty());
        requireNonEmpty(name, "files", e.files());
        requireNonEmpty(name, "tests", e.tests());
        for (String file : e.files()) {
            if (!Files.isRegularFile(moduleDir.resolve(file))) {
                throw new CatalogueException(name + ": file '" + file + "' does not exist in " + module);
            }
        }
        List<TestClass> tests = new ArrayList<>();
        for (CatalogueEntry.TestEntry test : e.tests()) {
            require(name, "tests[].class", test.className());
            if (test.points() < 1) {
                throw new CatalogueException(name + ": test class " + test.className()
                        + " must be worth at least 1 point");
            }
            TestClass checked = new TestClass(test.className(), test.points(), test.task() == null ? 0 : test.task());
            if (!Files.isRegularFile(moduleDir.resolve("src/test/java").resolve(checked.sourcePath()))) {
                throw new CatalogueException(name + ": test class " + test.className() + " has no source in "
                        + module + "/src/test/java");
            }
            tests.add(checked);
        }
        if (!Files.isRegularFile(directory.resolve("statement.md"))) {
            throw new CatalogueException(name + ": statement.md is missing beside it");
        }
        List<Task> tasks = StatementTasks.read(name, directory.resolve("statement.md"), tests);
        int timeLimit = e.timeLimitSeconds() == null ? DEFAULT_TIME_LIMIT_SECONDS : e.timeLimitSeconds();
        if (timeLimit < 1) {
            throw new CatalogueException(name + ": timeLimitSeconds must be positive, not " + timeLimit);
        }
        return new Kata(
                e.id(), e.title(), e.round(), e.difficulty(), e.summary() == null ? "" : e.summary(),
                module, directory, e.files(), tests, timeLimit,
                e.jvmOptions() == null ? List.of() : e.jvmOptions(),
                e.hints() == null ? List.of() : e.hints(),
                Optional.ofNullable(e.run()).map(CatalogueEntry.Run::main),
                e.run() == null || e.run().shortLived() == null ? List.of() : e.run().shortLived(),
                e.bench() == null ? List.of() : e.bench(),
                e.mutation() == null ? Mutation.NONE : mutation(name, e.mutation(), tests),
                allowPatterns(name, e.allow()), tasks);
    }

    /** The {@code allow} key: every pattern must read, so a typo fails the catalogue, not a candidate. */
    private static List<String> allowPatterns(String name, List<String> allow) {
        if (allow == null) {
            return List.of();
        }
        for (String pattern : allow) {
            try {
                ReferencePattern.parse(pattern);
            } catch (IllegalArgumentException ex) {
                throw new CatalogueException(name + ": allow: " + ex.getMessage());
            }
        }
        return allow;
    }

    private static Mutation mutation(String name, CatalogueEntry.MutationEntry m, List<TestClass> tests) {
        Optional<Mutation.Score> recorded = Optional.empty();
        if (m.score() != null || m.mutants() != null || m.killed() != null) {
            if (m.score() == null || m.mutants() == null || m.killed() == null) {
                throw new CatalogueException(name + ": mutation needs score, mutants and killed together");
            }
            if (m.score() < 0 || m.score() > 100 || m.killed() < 0 || m.killed() > m.mutants()) {
                throw new CatalogueException(name + ": mutation score " + m.score() + " % with " + m.killed()
                        + " of " + m.mutants() + " mutants killed is not a measurement");
            }
            recorded = Optional.of(new Mutation.Score(m.score(), m.mutants(), m.killed()));
        }
        List<Mutation.ExcludedTest> excluded = m.excludedTests() == null ? List.of() : m.excludedTests();
        for (Mutation.ExcludedTest test : excluded) {
            require(name, "mutation.excludedTests[].class", test.className());
            if (tests.stream().noneMatch(t -> t.className().equals(test.className()))) {
                throw new CatalogueException(name + ": mutation.excludedTests names " + test.className()
                        + ", which is not one of the kata's tests");
            }
            require(name, "mutation.excludedTests[].reason", test.reason());
        }
        List<Mutation.UnreachableCode> unreachable = m.unreachable() == null ? List.of() : m.unreachable();
        for (Mutation.UnreachableCode code : unreachable) {
            require(name, "mutation.unreachable[].method", code.method());
            if (!code.method().matches("[\\w$]+\\.[\\w$<>]+")) {
                throw new CatalogueException(name + ": mutation.unreachable method '" + code.method()
                        + "' is not written as Class.method");
            }
            if (code.line() != null && code.line() < 1) {
                throw new CatalogueException(name + ": mutation.unreachable line " + code.line() + " of "
                        + code.method() + " is not a line number");
            }
            require(name, "mutation.unreachable[].reason", code.reason());
        }
        List<Mutation.EquivalentMutant> equivalent = m.equivalent() == null ? List.of() : m.equivalent();
        for (Mutation.EquivalentMutant mutant : equivalent) {
            require(name, "mutation.equivalent[].mutant", mutant.mutant());
            require(name, "mutation.equivalent[].reason", mutant.reason());
        }
        return new Mutation(recorded, excluded, unreachable, equivalent);
    }

    private static void require(String name, String key, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new CatalogueException(name + ": '" + key + "' is missing");
        }
    }

    private static void requireNonEmpty(String name, String key, List<?> values) {
        if (values == null || values.isEmpty()) {
            throw new CatalogueException(name + ": '" + key + "' must list at least one entry");
        }
    }

    private static List<String> knownKeys(UnrecognizedPropertyException e) {
        return e.getKnownPropertyIds() == null
                ? List.of()
                : e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " line " + location.getLineNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
