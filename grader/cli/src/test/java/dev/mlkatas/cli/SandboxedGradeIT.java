package dev.mlkatas.cli;

import static dev.mlkatas.cli.CliRun.kata;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mlkatas.FixtureBuild;
import dev.mlkatas.FixtureRepository;
import dev.mlkatas.sandbox.Jail;
import dev.mlkatas.sandbox.Sandbox;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layer 4 from inside: a kata whose provided class tries to escape (read the references, write the
 * repository, reach the network, read the grader's environment, leave a process behind) and whose tests pass
 * only when every try fails. Graded in the sandbox it scores every point; graded without one, it does not.
 */
class SandboxedGradeIT {

    /** A sleep nobody else runs: found in the process table after the grade if it survived. */
    private static final String SURVIVOR = "271828";

    private static final String ESCAPES = """
            package demo;

            import java.io.IOException;
            import java.net.InetSocketAddress;
            import java.net.Socket;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.util.Set;

            /** What a hostile test JVM would try; each answers true when the try succeeded. */
            public final class Escapes {
                private Escapes() {}

                public static boolean readsReferences(Path root) {
                    return Files.exists(root.resolve("solutions/fixture/src/main/java/demo/Adder.java"));
                }

                public static boolean writesRepository(Path root) {
                    try {
                        Files.writeString(root.resolve("fixture/written-by-a-test.txt"), "escaped");
                        return true;
                    } catch (IOException | RuntimeException e) {
                        return false;
                    }
                }

                public static boolean reachesNetwork(int port) {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
                        return true;
                    } catch (IOException e) {
                        return false;
                    }
                }

                /** More than the reduced environment, or the grader's own home folder named in it. */
                public static boolean seesGraderEnvironment() {
                    Set<String> reduced = Set.of("PATH", "JAVA_HOME", "LANG", "HOME", "PWD", "USER", "LC_ALL",
                            "LC_CTYPE", "TZ", "TMPDIR", "KATA_RUN");
                    return !reduced.containsAll(System.getenv().keySet()) || !"/tmp".equals(System.getenv("HOME"));
                }

                public static boolean carriesTheRunMarker() {
                    return System.getenv("KATA_RUN") != null && !System.getenv("KATA_RUN").isEmpty();
                }

                /** Whether the machine's own name resolves, as Hadoop's job runner asks it for every job. */
                public static boolean knowsItsOwnName() {
                    try {
                        return java.net.InetAddress.getLocalHost() != null;
                    } catch (IOException e) {
                        return false;
                    }
                }

                public static boolean leavesProcess() throws IOException {
                    return new ProcessBuilder("sleep", "%s").start().isAlive();
                }
            }
            """.formatted(SURVIVOR);

    private static final String TESTS = """
            package demo;

            import static org.junit.jupiter.api.Assertions.assertFalse;
            import static org.junit.jupiter.api.Assertions.assertTrue;

            import java.nio.file.Path;
            import org.junit.jupiter.api.Test;

            class AdderTest {
                private static final Path ROOT = Path.of(System.getProperty("fixture.root"));

                @Test
                void cannotSeeTheReferences() {
                    assertFalse(Escapes.readsReferences(ROOT));
                }

                @Test
                void cannotWriteTheRepository() {
                    assertFalse(Escapes.writesRepository(ROOT));
                }

                @Test
                void hasNoNetwork() {
                    assertFalse(Escapes.reachesNetwork(Integer.getInteger("fixture.port")));
                }

                @Test
                void cannotSeeTheGradersEnvironment() {
                    assertFalse(Escapes.seesGraderEnvironment());
                }

                @Test
                void carriesTheRunMarker() {
                    assertTrue(Escapes.carriesTheRunMarker());
                }

                @Test
                void resolvesItsOwnHostName() {
                    assertTrue(Escapes.knowsItsOwnName());
                }

                @Test
                void startsAProcessThatDiesWithTheRun() throws Exception {
                    assertTrue(Escapes.leavesProcess());
                }
            }
            """;

    @TempDir
    Path root;

    private FixtureRepository fixture;
    private ServerSocket server;

    @BeforeEach
    void build() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        fixture = FixtureRepository.create(root)
                .write("fixture/src/main/java/demo/Escapes.java", ESCAPES)
                .write("fixture/src/test/java/demo/AdderTest.java", TESTS)
                .write("fixture/katas/adder/kata.yaml", FixtureRepository.ENTRY.replace("-Dfixture.greeting=hello",
                        "-Dfixture.root=" + root.toAbsolutePath() + "\n  - -Dfixture.port=" + server.getLocalPort()));
        fixture.candidate(FixtureRepository.REFERENCE);
        FixtureBuild.build(fixture);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        // Ends the sleeps an unsandboxed grade left behind: processes this test started, by their id.
        ProcessHandle.allProcesses().filter(SandboxedGradeIT::isSurvivor).forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    @DisplayName("in the sandbox, no escape works: every test passes and nothing is left behind")
    void sandboxed() {
        assumeTrue(Sandbox.probe(Jail.of(root, List.of())).isolated(), "bubblewrap cannot run here");

        CliRun run = kata(root, "grade", "--katas", "adder", "--require-sandbox", "--seed", "3");

        assertThat(run.out()).contains("adder: 100 of 100 points (8 of 8 tests pass)")
                .contains("Test JVMs: sandboxed (bubblewrap");
        assertThat(run.err()).as("the text report on the terminal says it once").doesNotContain("Test JVMs");
        assertThat(run.exit()).isZero();
        assertThat(root.resolve("fixture/written-by-a-test.txt")).doesNotExist();
        assertThat(ProcessHandle.allProcesses().filter(SandboxedGradeIT::isSurvivor).count())
                .as("processes left behind by the sandboxed run").isZero();
    }

    @Test
    @DisplayName("the same kata graded without a sandbox: the escapes work, so the checks are real")
    void unsandboxedEscapesWork() throws IOException {
        CliRun run = CliRun.kata(root, "test", "adder");

        assertThat(run.out()).contains("cannotSeeTheReferences").contains("cannotWriteTheRepository")
                .contains("hasNoNetwork").contains("cannotSeeTheGradersEnvironment");
        Files.deleteIfExists(root.resolve("fixture/written-by-a-test.txt"));
    }

    private static boolean isSurvivor(ProcessHandle process) {
        return process.info().commandLine().map(line -> line.endsWith("sleep " + SURVIVOR)).orElse(false);
    }
}
