package dev.mlkatas.cli;

import static dev.mlkatas.cli.CliRun.kata;
import static dev.mlkatas.cli.CliRun.kataAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlkatas.FixtureBuild;
import dev.mlkatas.FixtureRepository;
import dev.mlkatas.catalogue.Catalogue;
import dev.mlkatas.launch.KataLauncher;
import dev.mlkatas.launch.LaunchException;
import dev.mlkatas.testing.SourceCompiler;
import dev.mlkatas.workspace.Workspace;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `kata test` and `kata run` on a small built kata. */
class BuiltKataCommandsIT {

    @TempDir
    Path root;

    private FixtureRepository fixture;

    @BeforeEach
    void build() {
        fixture = FixtureRepository.create(root);
        FixtureBuild.build(fixture);
    }

    @Test
    @DisplayName("test on the untouched stub exits 1, names each failure with its message, and records the status")
    void stubFails() {
        CliRun run = kata(root, "test", "adder");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("FAILED  AdderTest › adds two and three")
                .contains("FAILED  AdderTest › adds a negative number")
                .contains("FAILED  AdderPropertiesTest › isCommutative")
                .contains("java.lang.UnsupportedOperationException: Adding is yours to write")
                .contains("at demo.Adder.add(Adder.java:5)")
                .contains("adder: 0 passed, 3 failed");
        assertThat(kata(root, "list").out()).contains("failing 3 of 3");
    }

    @Test
    @DisplayName("test on a solved kata exits 0, prints every property's seed and records it as passing")
    void solvedPasses() {
        fixture.candidate(FixtureRepository.REFERENCE);

        CliRun run = kata(root, "test", "adder");

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .doesNotContain("FAILED")
                .containsPattern("AdderPropertiesTest › isCommutative  seed -?\\d+  passed")
                .contains("adder: 3 passed, 0 failed")
                .contains("all tests pass");
        assertThat(kata(root, "list").out()).contains("passing");
    }

    @Test
    @DisplayName("test names the first task with a failing test as the one the candidate is on")
    void namesCurrentTask() {
        assertThat(kata(root, "test", "adder").out()).contains("You are on task 1 of 2: two small ints");

        // Right for small ints, so task 1 passes; not symmetric, so task 2's property fails.
        fixture.candidate(FixtureRepository.REFERENCE.replace("return a + b;", "return a > 100 ? a : a + b;"));
        CliRun run = kata(root, "test", "adder");

        assertThat(run.out()).contains("adder: 2 passed, 1 failed").contains("You are on task 2 of 2: in either order");
    }

    @Test
    @DisplayName("during an interview, test ends with the clock and records when each task first passed")
    void interviewClock() {
        Instant start = Instant.parse("2026-12-05T23:50:00Z");
        kataAt(root, Clock.fixed(start, ZoneOffset.UTC), "interview", "--kata", "adder", "--minutes", "30");
        // Right for small ints, so task 1 passes; not symmetric, so task 2's property fails.
        fixture.candidate(FixtureRepository.REFERENCE.replace("return a + b;", "return a > 100 ? a : a + b;"));

        CliRun run = kataAt(root, Clock.fixed(start.plusSeconds(252), ZoneOffset.UTC), "test", "adder");

        assertThat(run.out())
                .endsWith("Interview: 4:12 of 30:00, 25:48 left; adder: task 1 at 4:12 (1 of 2 passed)\n");
        assertThat(kataAt(root, Clock.fixed(start.plusSeconds(300), ZoneOffset.UTC), "progress").out())
                .contains("adder, 2026-12-05 23:50, 30 min: task 1 4:12, task 2 not passed");
    }

    @Test
    @DisplayName("test --task runs only that task's test classes, and names the next task when they pass")
    void runsOneTask() {
        fixture.candidate(FixtureRepository.REFERENCE.replace("return a + b;", "return a > 100 ? a : a + b;"));

        CliRun first = kata(root, "test", "adder", "--task", "1");

        assertThat(first.exit()).isZero();
        assertThat(first.out())
                .contains("Testing adder, task 1 of 2 ...")
                .doesNotContain("AdderPropertiesTest")
                .contains("adder: 2 passed, 0 failed")
                .contains("Task 1 of 2 passes; next: ./kata test adder --task 2");
        assertThat(kata(root, "list").out()).as("one task's run is not the kata's status").contains("not started");

        CliRun second = kata(root, "test", "adder", "--task", "2");

        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.out()).contains("FAILED  AdderPropertiesTest › isCommutative")
                .doesNotContain("AdderTest ›").contains("adder: 0 passed, 1 failed");
    }

    @Test
    @DisplayName("test shows the compiler's message when the candidate's code does not compile, and exits 1")
    void compileError() {
        fixture.candidate("package demo; public final class Adder { oops }");

        CliRun run = kata(root, "test", "adder");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("Your code does not compile:").contains("fixture/src/main/java/demo/Adder.java:1: error");
        assertThat(kata(root, "list").out()).contains("does not compile");
    }

    @Test
    @DisplayName("test --output shows what a failing test printed")
    void showsOutput() {
        fixture.candidate(FixtureRepository.STUB.replace("throw new", "System.out.println(\"adding \" + a); throw new"));

        assertThat(kata(root, "test", "adder", "--output").out()).contains("| adding 2");
        assertThat(kata(root, "test", "adder").out()).doesNotContain("adding 2");
    }

    @Test
    @DisplayName("run starts the kata's job with the reference by default, and the kata's JVM options")
    void runsReference() throws Exception {
        Path log = root.resolve("run.log");

        int exit = launcher(log).run(adder(), List.of(), "demo.AdderMain", false, List.of());

        assertThat(exit).isZero();
        assertThat(Files.readString(log)).contains("2 + 3 = 5, hello");
    }

    @Test
    @DisplayName("run --mine starts the job with the candidate's code")
    void runsCandidate() throws Exception {
        Path log = root.resolve("run.log");

        int exit = launcher(log).run(adder(), List.of(), "demo.AdderMain", true, List.of());

        assertThat(exit).isNotZero();
        assertThat(Files.readString(log)).contains("Adding is yours to write");
    }

    @Test
    @DisplayName("run --mine refuses code that does not compile, with the compiler's message")
    void runRefusesBrokenCode() {
        fixture.candidate("package demo; public final class Adder { oops }");

        Assertions.assertThatThrownBy(
                        () -> launcher(root.resolve("run.log")).run(adder(), List.of(), "demo.AdderMain", true, List.of()))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("Adder.java:1: error");
    }

    @Test
    @DisplayName("run --mine compiles the candidate's files of a module the kata's module builds on, as they are now")
    void runMineTakesTheCandidatesCodeOfModulesBuiltOn() throws Exception {
        // A second module, base, with a kata of its own; the fixture module builds on it, and the last build
        // compiled base's stub.
        String stub = "package base; public final class Doubler { public static int twice(int a) {"
                + " throw new UnsupportedOperationException(\"Doubling is yours to write\"); } }";
        fixture.write("base/katas/doubler/kata.yaml", """
                        id: doubler
                        title: Doubler
                        round: coding
                        difficulty: easy
                        summary: Doubles an int.
                        files:
                          - src/main/java/base/Doubler.java
                        tests:
                          - class: base.DoublerTest
                            points: 1
                            task: 1
                        timeLimitSeconds: 60
                        hints:
                          - 2 * a
                        """)
                .write("base/katas/doubler/statement.md", "# Doubler\n\n## Task 1: twice\n")
                .write("base/src/test/java/base/DoublerTest.java", "package base; class DoublerTest {}")
                .write("base/src/main/java/base/Doubler.java", stub)
                .write("fixture/src/main/java/demo/TwiceMain.java", "package demo; public final class TwiceMain {"
                        + " public static void main(String[] args) { System.out.println(\"twice 21 = \""
                        + " + base.Doubler.twice(21)); } }");
        Path baseClasses = Files.createDirectories(root.resolve("base/target/classes"));
        assertThat(SourceCompiler.compile(List.of(root.resolve("base/src/main/java/base/Doubler.java")), List.of(),
                List.of(), baseClasses, root).success()).isTrue();
        assertThat(SourceCompiler.compile(List.of(root.resolve("fixture/src/main/java/demo/TwiceMain.java")),
                List.of(baseClasses), List.of(), root.resolve("fixture/target/classes"), root).success()).isTrue();
        fixture.write("base/target/kata/test-classpath.txt", "");
        Path recorded = root.resolve("fixture/target/kata/test-classpath.txt");
        Files.writeString(recorded, Files.readString(recorded) + File.pathSeparator + baseClasses);
        fixture.write("base/src/main/java/base/Doubler.java", stub.replace(
                "throw new UnsupportedOperationException(\"Doubling is yours to write\");", "return 2 * a;"));
        Workspace workspace = new Workspace(root);
        Catalogue catalogue = Catalogue.load(root);
        Path log = root.resolve("run.log");

        int exit = launcher(log).run(adder(), List.of(catalogue.get("doubler")), "demo.TwiceMain", true, List.of());

        assertThat(exit).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("twice 21 = 42");
        assertThat(workspace.buildsOn(adder(), catalogue.katas())).as("not on itself, nor its own module")
                .containsExactly(catalogue.get("doubler"));
        assertThat(workspace.buildsOn(catalogue.get("doubler"), catalogue.katas())).isEmpty();
    }

    @Test
    @DisplayName("run starts a command the kata names short-lived with the client compiler and serial collector")
    void shortLivedCommandsStartShortLivedJvms() throws Exception {
        fixture.write("fixture/katas/adder/kata.yaml", FixtureRepository.ENTRY.replace("  main: demo.AdderMain\n",
                        "  main: demo.AdderMain\n  shortLived:\n    - quick\n"))
                .write("fixture/src/main/java/demo/OptionsMain.java", "package demo; public final class OptionsMain {"
                        + " public static void main(String[] args) { System.out.println(args[0] + \" \" + String.join("
                        + "\" \", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())); } }");
        assertThat(SourceCompiler.compile(List.of(root.resolve("fixture/src/main/java/demo/OptionsMain.java")),
                List.of(), List.of(), root.resolve("fixture/target/classes"), root).success()).isTrue();
        Path log = root.resolve("run.log");

        assertThat(launcher(log).run(adder(), List.of(), "demo.OptionsMain", false, List.of("quick"))).isZero();
        assertThat(launcher(log).run(adder(), List.of(), "demo.OptionsMain", false, List.of("slow"))).isZero();

        List<String> lines = Files.readAllLines(log);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("quick ")
                .containsSubsequence("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfixture.greeting=hello"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("slow ").contains("-Dfixture.greeting=hello")
                .doesNotContain("TieredStopAtLevel"));
    }

    @Test
    @DisplayName("a short-lived command on packaged references writes a class-data archive once, then maps it")
    void shortLivedCommandsMapAClassDataArchive() throws Exception {
        fixture.write("fixture/katas/adder/kata.yaml", FixtureRepository.ENTRY.replace("  main: demo.AdderMain\n",
                        "  main: demo.AdderMain\n  shortLived:\n    - quick\n"))
                .write("fixture/src/main/java/demo/OptionsMain.java", "package demo; public final class OptionsMain {"
                        + " public static void main(String[] args) { System.out.println(String.join(\" \","
                        + " java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())"
                        + " + \" \" + Adder.add(2, 3)); } }");
        Path classes = root.resolve("fixture/target/classes");
        assertThat(SourceCompiler.compile(List.of(root.resolve("fixture/src/main/java/demo/OptionsMain.java")),
                List.of(classes), List.of(), classes, root).success()).isTrue();
        // As the Maven build leaves them: the module and the references packaged, the module's jar recorded.
        Path moduleJar = jar(root.resolve("fixture/target/classes"), root.resolve("fixture/target/fixture.jar"));
        Path referenceJar = jar(root.resolve("solutions/fixture/target/classes"),
                root.resolve("solutions/fixture/target/fixture-reference.jar"));
        Path recorded = root.resolve("solutions/fixture/target/kata/test-classpath.txt");
        Files.writeString(recorded, Files.readString(recorded)
                .replace(root.resolve("fixture/target/classes").toString(), moduleJar.toString()));
        Path log = root.resolve("run.log");
        Path archives = root.resolve(".kata/cache/jvm");

        assertThat(launcher(log).run(adder(), List.of(), "demo.OptionsMain", false, List.of("quick"))).isZero();
        List<Path> written = archivesIn(archives);
        assertThat(launcher(log).run(adder(), List.of(), "demo.OptionsMain", false, List.of("quick"))).isZero();
        Files.setLastModifiedTime(referenceJar, FileTime.fromMillis(System.currentTimeMillis() + 2000));
        assertThat(launcher(log).run(adder(), List.of(), "demo.OptionsMain", false, List.of("quick"))).isZero();

        List<String> lines = Files.readAllLines(log);
        assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line).endsWith(" 5").doesNotContain("warning"));
        assertThat(written).singleElement().asString().matches(".*/adder-[0-9a-f]{24}\\.jsa");
        assertThat(lines.get(0)).contains("-XX:ArchiveClassesAtExit=");
        assertThat(lines.get(1)).contains("-XX:SharedArchiveFile=" + written.get(0));
        assertThat(lines.get(2)).contains("-XX:ArchiveClassesAtExit=");
        assertThat(archivesIn(archives)).as("the archive of the rebuilt jar, alone").singleElement()
                .isNotEqualTo(written.get(0));
    }

    @Test
    @DisplayName("the kata script starts a recorded short-lived command without kata's JVM, until its build changes")
    void kataScriptStartsARecordedLaunchDirectly() throws Exception {
        fixture.write("fixture/katas/adder/kata.yaml", FixtureRepository.ENTRY.replace("  main: demo.AdderMain\n",
                        "  main: demo.ParentMain\n  shortLived:\n    - quick\n"))
                .write("fixture/src/main/java/demo/ParentMain.java", "package demo; public final class ParentMain {"
                        + " public static void main(String[] args) { System.out.println(ProcessHandle.current().pid()"
                        + " + \" \" + String.join(\" \", args) + \" \" + Adder.add(2, 3)); } }");
        Path classes = root.resolve("fixture/target/classes");
        assertThat(SourceCompiler.compile(List.of(root.resolve("fixture/src/main/java/demo/ParentMain.java")),
                List.of(classes), List.of(), classes, root).success()).isTrue();
        Path moduleJar = jar(classes, root.resolve("fixture/target/fixture.jar"));
        jar(root.resolve("solutions/fixture/target/classes"), root.resolve("solutions/fixture/target/fixture-reference.jar"));
        Path recorded = root.resolve("solutions/fixture/target/kata/test-classpath.txt");
        Files.writeString(recorded, Files.readString(recorded).replace(classes.toString(), moduleJar.toString()));
        // The script as a built repository has it: the command's classes recorded, the build stamped last.
        Files.copy(Path.of(System.getProperty("kata.root", "../.."), "kata"), root.resolve("kata"));
        Files.createDirectories(root.resolve("grader/cli/target/classes"));
        Files.createDirectories(root.resolve("grader/cli/target/kata"));
        Files.writeString(root.resolve("grader/cli/target/kata/test-classpath.txt"),
                System.getProperty("java.class.path"));
        Files.writeString(root.resolve("grader/cli/target/kata/build.stamp"), root.toRealPath() + "\n");
        Path record = root.resolve(".kata/cache/launch/adder.quick.launch");

        String writesArchive = script("run", "adder", "quick", "one two");
        boolean recordedBeforeArchive = Files.exists(record);
        String records = script("run", "adder", "quick", "one two");
        String direct = script("run", "adder", "quick", "one two");
        Path compiled = root.resolve("solutions/fixture/target/classes/demo/Adder.class");
        Files.setLastModifiedTime(compiled, FileTime.fromMillis(System.currentTimeMillis() + 3000));
        String afterCompile = script("run", "adder", "quick", "one two");

        assertThat(writesArchive).isEqualTo("through kata quick one two 5\n");
        assertThat(recordedBeforeArchive).as("no record until the archive is written").isFalse();
        assertThat(records).isEqualTo("through kata quick one two 5\n");
        assertThat(direct).isEqualTo("directly quick one two 5\n");
        assertThat(afterCompile).as("references compiled after the jar").isEqualTo("through kata quick one two 5\n");
        assertThat(record).as("a launch that no longer holds is forgotten").doesNotExist();
    }

    /**
     * Runs the repository's {@code kata} script in the fixture, failing on exit 1, and returns what the job
     * printed with its process id read: "directly" when the script's own process became the job's JVM.
     */
    private String script(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("kata").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        String pid = out.substring(0, Math.max(0, out.indexOf(' ')));
        return (pid.equals(Long.toString(process.pid())) ? "directly" : "through kata") + out.substring(pid.length());
    }

    private static List<Path> archivesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    /** Packs the classes in {@code classes} into the jar {@code jar}, as Maven's package phase would. */
    private static Path jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 1000));
        return jar;
    }

    private dev.mlkatas.catalogue.Kata adder() {
        return Catalogue.load(root).get("adder");
    }

    private KataLauncher launcher(Path log) {
        return new KataLauncher(new Workspace(root), ProcessBuilder.Redirect.appendTo(log.toFile()));
    }
}
