package dev.mlkatas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the candidate's compiler accepts: one file, one top-level class, its own. */
class CompileMainTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("compiles a file that declares its own class with nested classes")
    void compilesOwnClass() throws IOException {
        Path source = write("demo/Solution.java",
                "package demo; public final class Solution { record Pair(int a) {} static int f() { return 1; } }");

        Compiled compiled = compile(source);

        assertThat(compiled.exit()).isZero();
        assertThat(dir.resolve("out/demo/Solution.class")).exists();
        assertThat(dir.resolve("out/demo/Solution$Pair.class")).exists();
        assertThat(CandidateCompiler.strayClasses(List.of(source), dir.resolve("src"), dir.resolve("out"))).isEmpty();
    }

    @Test
    @DisplayName("refuses a second top-level class, naming it, and writes no class")
    void refusesSecondTopLevelClass() throws IOException {
        Path source = write("demo/Solution.java",
                "package demo; public final class Solution {} final class Math { static int min(int a, int b) "
                        + "{ return 0; } }");

        Compiled compiled = compile(source);

        assertThat(compiled.exit()).isEqualTo(CompileMain.EXTRA_CLASS);
        assertThat(compiled.messages()).contains("Solution.java declares the class demo.Math");
        assertThat(dir.resolve("out/demo")).doesNotExist();
    }

    @Test
    @DisplayName("reports a compile error with the compiler's message")
    void reportsCompileError() throws IOException {
        Path source = write("demo/Solution.java", "package demo; public final class Solution { int x = \"a\"; }");

        Compiled compiled = compile(source);

        assertThat(compiled.exit()).isEqualTo(CompileMain.COMPILE_ERROR);
        assertThat(compiled.messages()).contains("incompatible types");
    }

    @Test
    @DisplayName("names a class file of another package or name as a stray")
    void namesStrayClassFiles() throws IOException {
        Path source = write("demo/Solution.java", "package demo; public final class Solution {}");
        Files.createDirectories(dir.resolve("out/dev/mlkatas/runner"));
        Files.writeString(dir.resolve("out/dev/mlkatas/runner/RunnerMain.class"), "");

        assertThat(CandidateCompiler.strayClasses(List.of(source), dir.resolve("src"), dir.resolve("out")))
                .containsExactly("the candidate's files declare dev.mlkatas.runner.RunnerMain, which is not their own "
                        + "class or nested in it");
    }

    @Test
    @DisplayName("stops a compiler that takes longer than its time limit, and says so")
    void stopsAtTheTimeLimit() throws IOException {
        Path source = write("demo/Solution.java", "package demo; public final class Solution {}");

        // No JVM starts and compiles within a millisecond: the limit, not the file, decides.
        CandidateCompiler.Result result = CandidateCompiler.compile(List.of(source), dir.resolve("src"), dir,
                List.of(), dir.resolve("out"), dir.resolve("scratch"), java.time.Duration.ofMillis(1));

        assertThat(result.success()).isFalse();
        assertThat(result.messages()).startsWith("the compiler did not finish compiling the candidate's files within");
        assertThat(dir.resolve("out/demo/Solution.class")).doesNotExist();
    }

    private record Compiled(int exit, String messages) {}

    private Compiled compile(Path source) throws IOException {
        StringWriter text = new StringWriter();
        Files.createDirectories(dir.resolve("out"));
        int exit = CompileMain.compile(List.of(source), "", dir.resolve("out"), new PrintWriter(text, true));
        return new Compiled(exit, text.toString());
    }

    private Path write(String path, String content) throws IOException {
        Path file = dir.resolve("src").resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
