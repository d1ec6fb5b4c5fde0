package dev.mlkatas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small repository in the kata layout, written into a temporary folder: one module {@code fixture} with
 * one kata {@code adder}, whose candidate adds two ints. Tests change its files to make the cases they need.
 */
public final class FixtureRepository {

    public static final String ENTRY = """
            id: adder
            title: Adder
            round: coding
            difficulty: easy
            summary: Adds two ints.
            files:
              - src/main/java/demo/Adder.java
            tests:
              - class: demo.AdderTest
                points: 1
                task: 1
              - class: demo.AdderPropertiesTest
                points: 2
                task: 2
            timeLimitSeconds: 60
            jvmOptions:
              - -Dfixture.greeting=hello
            hints:
              - Use the plus sign.
              - Really, a + b.
              - return a + b;
            run:
              main: demo.AdderMain
            """;

    /** The statement: two tasks, one test class each. */
    public static final String STATEMENT = """
            # Adder

            Add two ints.

            ## Task 1: two small ints

            ## Task 2 (advanced): in either order
            """;

    public static final String STUB = """
            package demo;

            public final class Adder {
                public static int add(int a, int b) {
                    throw new UnsupportedOperationException("Adding is yours to write");
                }
            }
            """;

    public static final String REFERENCE = """
            package demo;

            public final class Adder {
                public static int add(int a, int b) {
                    return a + b;
                }
            }
            """;

    /**
     * A class the fixture's module provides, doing what the allowlist refuses in a candidate's own code: a
     * candidate file may call the kata's provided classes, so the grader's later defences are tested through it.
     */
    public static final String LOOPHOLES = """
            package demo;

            import java.io.IOException;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.util.Arrays;

            public final class Loopholes {
                private Loopholes() {}

                public static void exit() {
                    System.exit(0);
                }

                public static int readStandardInput() {
                    try {
                        return System.in.read();
                    } catch (IOException e) {
                        return -2;
                    }
                }

                public static void setProperty(String name, String value) {
                    System.setProperty(name, value);
                }

                public static void floodStandardError(long bytes) {
                    byte[] line = new byte[1024];
                    Arrays.fill(line, (byte) 'x');
                    line[line.length - 1] = (byte) 10;
                    for (long written = 0; written < bytes; written += line.length) {
                        System.err.write(line, 0, line.length);
                    }
                    System.err.flush();
                }

                public static void forgeResults() {
                    String[] words = System.getProperty("sun.java.command").split(" ");
                    String results = words[Arrays.asList(words).indexOf("--results") + 1];
                    String fake = "{'format':1,'tests':[{'className':'demo.AdderTest','name':'x',"
                            + "'status':'passed'}],'complete':true}";
                    try {
                        Files.writeString(Path.of(results), fake.replace((char) 39, (char) 34));
                        Files.writeString(Path.of(results + ".sig"), "00");
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    System.exit(0);
                }
            }
            """;

    private final Path root;

    private FixtureRepository(Path root) {
        this.root = root;
    }

    /** Writes the repository's sources (no build output) into {@code root}. */
    public static FixtureRepository create(Path root) {
        FixtureRepository repository = new FixtureRepository(root);
        repository.write("fixture/katas/adder/kata.yaml", ENTRY);
        repository.write("fixture/katas/adder/statement.md", STATEMENT);
        repository.write("fixture/src/main/java/demo/Adder.java", STUB);
        repository.write("fixture/src/main/java/demo/AdderMain.java", """
                package demo;

                public final class AdderMain {
                    public static void main(String[] args) {
                        System.out.println("2 + 3 = " + Adder.add(2, 3) + ", " + System.getProperty("fixture.greeting"));
                    }
                }
                """);
        repository.write("fixture/src/main/java/demo/Loopholes.java", LOOPHOLES);
        repository.write("solutions/fixture/src/main/java/demo/Adder.java", REFERENCE);
        repository.write("fixture/src/test/java/demo/AdderTest.java", """
                package demo;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import org.junit.jupiter.api.DisplayName;
                import org.junit.jupiter.api.Test;

                class AdderTest {
                    @Test
                    @DisplayName("adds two and three")
                    void addsSmallNumbers() {
                        assertEquals(5, Adder.add(2, 3));
                    }

                    @Test
                    @DisplayName("adds a negative number")
                    void addsNegative() {
                        assertEquals(-1, Adder.add(2, -3));
                    }
                }
                """);
        repository.write("fixture/src/test/java/demo/AdderPropertiesTest.java", """
                package demo;

                import net.jqwik.api.ForAll;
                import net.jqwik.api.Property;

                class AdderPropertiesTest {
                    @Property
                    boolean isCommutative(@ForAll int a, @ForAll int b) {
                        return Adder.add(a, b) == Adder.add(b, a);
                    }
                }
                """);
        return repository;
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    public FixtureRepository write(String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces the candidate's file, as a candidate editing it would. */
    public FixtureRepository candidate(String source) {
        return write("fixture/src/main/java/demo/Adder.java", source);
    }
}
