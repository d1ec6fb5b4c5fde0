package dev.mlkatas.testing;

import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a kata's sources in this JVM with the JDK's own compiler, the way the Maven build does. */
public final class SourceCompiler {

    /** The result of one compilation: {@code messages} is what javac printed, relative to {@code root}. */
    public record Result(boolean success, String messages) {}

    private SourceCompiler() {}

    /**
     * Compiles {@code sources} into {@code out}. Classes they use from {@code sourcepath} (test helpers) are
     * compiled too; everything else comes from {@code classpath}.
     */
    public static Result compile(List<Path> sources, List<Path> classpath, List<Path> sourcepath, Path out, Path root) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the kata command needs a JDK (with javac), not only a Java runtime");
        }
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "--release", "17",
                    "-encoding", "UTF-8",
                    "-proc:none",
                    "-implicit:class",
                    "-Xlint:none",
                    "-d", out.toString(),
                    "-sourcepath", sourcepath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                    "-classpath", classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
            boolean success = javac.getTask(messages, files, null, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            return new Result(success, messages.toString().replace(root + File.separator, "").strip());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
