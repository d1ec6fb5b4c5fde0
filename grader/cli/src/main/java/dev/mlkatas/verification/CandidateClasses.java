package dev.mlkatas.verification;

import dev.mlkatas.catalogue.Kata;
import dev.mlkatas.verification.BytecodeVerifier.CandidateClass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Finds the compiled classes of a kata's candidate files in a folder of class files, by the source file each
 * class file names: nested, anonymous and lambda-holding classes are found with their top-level class, and a
 * second class written in the same file too.
 *
 * <p>Example: {@code CandidateClasses.compiledFrom(kata, Path.of("solutions/algorithms/target/classes"))}
 */
public final class CandidateClasses {

    private record ClassFile(String className, String sourcePath, byte[] bytes) {}

    private CandidateClasses() {}

    /** The classes compiled from the kata's files, and nothing else of the folder (other katas' classes). */
    public static List<CandidateClass> compiledFrom(Kata kata, Path classes) {
        List<CandidateClass> found = new ArrayList<>();
        for (ClassFile file : classFiles(classes)) {
            candidateFile(kata, file.sourcePath(), false)
                    .ifPresent(name -> found.add(new CandidateClass(file.className(), name, file.bytes())));
        }
        return found;
    }

    /**
     * Every class of a compile's output but those compiled from {@code testSources}: whatever is not
     * provably a test is checked as the candidate's, so a candidate file that declares another package is
     * checked all the same.
     */
    public static List<CandidateClass> inOutput(Kata kata, Path classes, Path testSources) {
        List<CandidateClass> found = new ArrayList<>();
        for (ClassFile file : classFiles(classes)) {
            Optional<String> candidate = candidateFile(kata, file.sourcePath(), true);
            if (candidate.isPresent() || !Files.isRegularFile(testSources.resolve(file.sourcePath()))) {
                found.add(new CandidateClass(file.className(), candidate.orElse(file.sourcePath()), file.bytes()));
            }
        }
        return found;
    }

    /** The classes the kata's module provides in the packages of its candidate files (its API, not its tests). */
    public static List<String> provided(Kata kata, Path moduleClasses) {
        TreeSet<String> names = new TreeSet<>();
        for (String file : kata.files()) {
            Path dir = moduleClasses.resolve(javaPath(file)).getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> listed = Files.list(dir)) {
                listed.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
                    String relative = moduleClasses.relativize(p).toString().replace('\\', '/');
                    names.add(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        return List.copyOf(names);
    }

    /**
     * The kata file (with its module) a class's source path is, e.g. {@code dev/mlkatas/twosum/TwoSum.java};
     * with {@code byNameAlone}, a file of the same name in another package counts too.
     */
    private static Optional<String> candidateFile(Kata kata, String sourcePath, boolean byNameAlone) {
        String name = sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
        for (String file : kata.files()) {
            String path = javaPath(file);
            if (path.equals(sourcePath) || (byNameAlone && path.endsWith("/" + name))) {
                return Optional.of(kata.module() + "/" + file);
            }
        }
        return Optional.empty();
    }

    /** A kata file's path below its source root: {@code src/main/java/a/B.java} is {@code a/B.java}. */
    private static String javaPath(String file) {
        String unix = file.replace('\\', '/');
        String root = "src/main/java/";
        return unix.startsWith(root) ? unix.substring(root.length()) : unix;
    }

    private static List<ClassFile> classFiles(Path classes) {
        if (!Files.isDirectory(classes)) {
            return List.of();
        }
        List<ClassFile> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(p);
                ClassReader reader = new ClassReader(bytes);
                String[] source = {""};
                reader.accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitSource(String file, String debug) {
                        source[0] = file == null ? "" : file;
                    }
                }, ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
                String internal = reader.getClassName();
                int slash = internal.lastIndexOf('/');
                String sourcePath = (slash < 0 ? "" : internal.substring(0, slash + 1)) + source[0];
                found.add(new ClassFile(internal.replace('/', '.'), sourcePath, bytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compiled classes in " + classes, e);
        }
        return found;
    }
}
