package dev.mlkatas.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlkatas.verification.BytecodeVerifier.CandidateClass;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The verifier on small candidate classes compiled here with the JDK's compiler. */
class BytecodeVerifierTest {

    @TempDir
    Path dir;

    static Stream<Arguments> denied() {
        return Stream.of(
                Arguments.of("Class.forName(\"java.lang.String\");", "reflection and method handles"),
                Arguments.of("String.class.getDeclaredMethods();", "reflection and method handles"),
                Arguments.of("Object m = (java.lang.reflect.Method) null;", "reflection and method handles"),
                Arguments.of("java.lang.invoke.MethodHandles.lookup();", "reflection and method handles"),
                Arguments.of("ClassLoader.getSystemClassLoader();", "class loaders"),
                Arguments.of("java.util.ServiceLoader.load(Runnable.class);", "class loaders"),
                Arguments.of("System.exit(1);", "the JVM and its environment"),
                Arguments.of("System.getenv(\"HOME\");", "the JVM and its environment"),
                Arguments.of("System.getProperty(\"user.home\");", "the JVM and its environment"),
                Arguments.of("System.setProperty(\"a\", \"b\");", "the JVM and its environment"),
                Arguments.of("System.setOut(System.err);", "the JVM and its environment"),
                Arguments.of("System.setErr(System.out);", "the JVM and its environment"),
                Arguments.of("System.setIn(null);", "the JVM and its environment"),
                Arguments.of("System.load(\"/x.so\");", "the JVM and its environment"),
                Arguments.of("System.loadLibrary(\"x\");", "the JVM and its environment"),
                Arguments.of("Integer.getInteger(\"x\");", "the JVM and its environment"),
                Arguments.of("Runtime.getRuntime().availableProcessors();", "the JVM and its environment"),
                Arguments.of("java.util.function.Supplier<Runtime> r = Runtime::getRuntime;",
                        "the JVM and its environment"),
                Arguments.of("new ProcessBuilder(\"ls\");", "processes"),
                Arguments.of("ProcessHandle.current();", "processes"),
                Arguments.of("new Thread(() -> { }).start();", "threads"),
                Arguments.of("Thread.onSpinWait();", "threads"),
                Arguments.of("java.util.List.of(1).parallelStream();", "threads"),
                Arguments.of("java.util.stream.IntStream.range(0, 3).parallel();", "threads"),
                Arguments.of("java.util.Arrays.parallelSort(new int[3]);", "threads"),
                Arguments.of("new java.util.ArrayList<Integer>() { }.parallelStream();", "threads"),
                Arguments.of("java.util.concurrent.Executors.newSingleThreadExecutor();", "threads"),
                Arguments.of("java.util.concurrent.CompletableFuture.runAsync(() -> { });", "threads"),
                Arguments.of("new java.util.Timer();", "threads"),
                Arguments.of("StackWalker.getInstance();", "stack walking"),
                Arguments.of("new Throwable().getStackTrace();", "stack walking"),
                Arguments.of("new java.io.File(\"x\");", "files"),
                Arguments.of("new java.io.FileInputStream(\"x\").close();", "files"),
                Arguments.of("new java.io.PrintStream(\"x\");", "files"),
                Arguments.of("java.nio.file.Files.readString(java.nio.file.Path.of(\"x\"));", "files"),
                Arguments.of("new java.io.RandomAccessFile(\"x\", \"r\");", "files"),
                Arguments.of("new java.net.Socket(\"localhost\", 80);", "network"),
                Arguments.of("java.net.URI.create(\"http://x\");", "network"),
                Arguments.of("java.lang.management.ManagementFactory.getRuntimeMXBean();", "management"),
                Arguments.of("Object u = (sun.misc.Unsafe) null;", "JDK internals"),
                Arguments.of("Object b = (com.sun.management.OperatingSystemMXBean) null;", "JDK internals"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("denied")
    @DisplayName("refuses every denied class and member, naming the rule")
    void refusesDenied(String statement, String rule) throws IOException {
        Optional<Refusal> refusal = verify(statement);

        assertThat(refusal).as(statement).isPresent();
        assertThat(refusal.get().rule()).isEqualTo(rule);
        assertThat(refusal.get().denied()).isTrue();
        assertThat(refusal.get().sentence()).startsWith("refused: Candidate.java line ").contains(rule);
    }

    static Stream<String> allowed() {
        return Stream.of(
                "java.util.function.Function<Integer, Integer> f = x -> x + 1; f.apply(1);",
                "java.util.function.Function<String, Integer> f = String::length; f.apply(\"a\");",
                "String s = \"n = \" + n + \"!\"; System.out.println(s);",
                "System.err.printf(\"%d%n\", n);",
                "record Point(int x, int y) { } System.out.println(new Point(1, 2).equals(new Point(1, 2)));",
                "assert n >= 0 : \"negative\";",
                "System.out.println(new StringBuilder().append(Math.sqrt(n)).toString().getClass().getSimpleName());",
                "java.util.Map<String, Long> m = java.util.stream.Stream.of(\"a\", \"b\").collect("
                        + "java.util.stream.Collectors.groupingBy(w -> w, java.util.TreeMap::new, "
                        + "java.util.stream.Collectors.counting())); for (var e : m.entrySet()) { e.getKey(); }",
                "java.math.BigInteger.valueOf(n).multiply(java.math.BigInteger.TEN);",
                "new java.util.concurrent.atomic.AtomicLong().incrementAndGet();",
                "switch (java.time.DayOfWeek.MONDAY) { case MONDAY -> n++; default -> n--; }",
                "try { Integer.parseInt(\"x\"); }"
                        + " catch (NumberFormatException e) { throw new IllegalStateException(e); }");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowed")
    @DisplayName("lets through lambdas, method references, string concatenation, records, values and collections")
    void allowsTheLanguageAndValues(String statement) throws IOException {
        assertThat(verify(statement)).as(statement).isEmpty();
    }

    @Test
    @DisplayName("refuses a class no allowlist entry names, and the kata's allow list lets it in")
    void kataAllowListAddsClasses() throws IOException {
        List<CandidateClass> classes = compile("new java.util.concurrent.Semaphore(1).release();");

        Optional<Refusal> refusal = verify(classes, List.of());
        assertThat(refusal).isPresent();
        assertThat(refusal.get().denied()).isFalse();
        assertThat(refusal.get().sentence()).contains("java.util.concurrent.Semaphore", "not on this kata's allowlist");
        assertThat(verify(classes, List.of("java.util.concurrent.Semaphore"))).isEmpty();
    }

    @Test
    @DisplayName("an allow pattern never lets a denied reference through")
    void denialsWinOverAllowPatterns() throws IOException {
        assertThat(verify(compile("System.exit(0);"), List.of("java.lang.**", "java.lang.System#exit")))
                .map(Refusal::rule).contains("the JVM and its environment");
    }

    @Test
    @DisplayName("reads every form of allow pattern and refuses one it cannot read")
    void patterns() {
        assertThat(ReferencePattern.parse("java.util.*").matchesClass("java.util.Map$Entry")).isTrue();
        assertThat(ReferencePattern.parse("java.util.*").matchesClass("java.util.stream.Stream")).isFalse();
        assertThat(ReferencePattern.parse("java.util.**").matchesClass("java.util.stream.Stream")).isTrue();
        assertThat(ReferencePattern.parse("java.util.Map").matchesClass("java.util.Map$Entry")).isTrue();
        assertThat(ReferencePattern.parse("java.util.Map").matchesClass("java.util.MapX")).isFalse();
        Reference sleep = Reference.toMember(Reference.Kind.METHOD, "java.lang.Thread", "sleep", "(J)V");
        assertThat(ReferencePattern.parse("java.lang.Thread#sleep").matches(sleep)).isTrue();
        assertThat(ReferencePattern.parse("java.lang.Thread#sl*").matches(sleep)).isTrue();
        assertThat(ReferencePattern.parse("java.lang.Thread#*").matches(Reference.toClass("java.lang.Thread")))
                .isFalse();
        assertThatThrownBy(() -> ReferencePattern.parse("java.util.#x"))
                .hasMessageContaining("is not an allow pattern");
    }

    private Optional<Refusal> verify(String statement) throws IOException {
        return verify(compile(statement), List.of());
    }

    private Optional<Refusal> verify(List<CandidateClass> classes, List<String> allow) {
        Set<String> own = new HashSet<>();
        classes.forEach(c -> own.add(c.className()));
        try (ClassLibrary library = new ClassLibrary(List.of(dir))) {
            return new BytecodeVerifier(AllowList.of(allow, own), library).verify(classes);
        }
    }

    /** Compiles {@code statement} as the body of a method of {@code snippet.Candidate}, with its nested classes. */
    private List<CandidateClass> compile(String statement) throws IOException {
        Path source = dir.resolve("snippet/Candidate.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package snippet;\n\npublic class Candidate {\n    static int n;\n\n"
                + "    static void run() throws Exception {\n        " + statement + "\n    }\n}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        boolean compiled = javac.getTask(messages, null, null,
                List.of("--release", "17", "-Xlint:none", "-nowarn", "-d", dir.toString()), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(source.toFile())).call();
        assertThat(compiled).as("%s compiles: %s", statement, messages).isTrue();
        List<CandidateClass> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("snippet"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = file.getFileName().toString();
                classes.add(new CandidateClass("snippet." + name.substring(0, name.length() - 6), "Candidate.java",
                        Files.readAllBytes(file)));
            }
        }
        return classes;
    }
}
