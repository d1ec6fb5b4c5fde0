package dev.mlkatas.intake;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Entry point of the JVM that compiles a candidate's files alone: checks that each declares nothing but its
 * own top-level class, then compiles them against the kata module's classes. It runs in a JVM of its own so
 * that a source written to make the compiler slow or greedy is bounded in time and memory.
 *
 * <p>Example: {@code java -cp <cli classes> dev.mlkatas.intake.CompileMain OPTIONS_FILE}, where each line of
 * OPTIONS_FILE is one argument: the output folder, the class path, then the source files.
 *
 * <p>Exit code 0 when the classes were written, 1 for a compile error, 3 for a file that declares another
 * top-level class; the reason is on standard output.
 */
public final class CompileMain {

    static final int COMPILE_ERROR = 1;
    static final int EXTRA_CLASS = 3;

    private CompileMain() {}

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        Path out = Path.of(lines.get(0));
        String classpath = lines.get(1);
        List<Path> sources = lines.subList(2, lines.size()).stream().map(Path::of).toList();
        PrintWriter stdout = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        int exit = compile(sources, classpath, out, stdout);
        stdout.flush();
        System.exit(exit);
    }

    static int compile(List<Path> sources, String classpath, Path out, PrintWriter report) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> messages = new ArrayList<>();
        int[] errors = {0};
        DiagnosticListener<JavaFileObject> listener = diagnostic -> {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors[0]++;
            }
            if (messages.size() < 50) {
                messages.add(diagnostic.toString());
            }
        };
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-proc:none",
                    "-implicit:none", "-Xlint:none", "-Xmaxerrs", "50", "-d", out.toString(),
                    "-sourcepath", out.toString(), "-classpath", classpath);
            JavacTask task = (JavacTask) javac.getTask(null, files, listener, options, null,
                    files.getJavaFileObjectsFromPaths(sources));
            List<String> extra = new ArrayList<>();
            for (CompilationUnitTree unit : task.parse()) {
                extra.addAll(extraClasses(unit));
            }
            if (!extra.isEmpty()) {
                report.println(String.join("\n", extra));
                return EXTRA_CLASS;
            }
            if (errors[0] == 0) {
                task.generate();
            }
            report.println(String.join("\n", messages));
            return errors[0] == 0 ? 0 : COMPILE_ERROR;
        }
    }

    /**
     * Every top-level class of {@code unit} but the one its file is named for, e.g. {@code TwoSum.java declares
     * the class dev.mlkatas.twosum.Pair; a candidate file may declare only its own class TwoSum}.
     */
    static List<String> extraClasses(CompilationUnitTree unit) {
        JavaFileObject file = unit.getSourceFile();
        String fileName = Path.of(file.toUri()).getFileName().toString();
        String own = fileName.substring(0, fileName.length() - ".java".length());
        String pkg = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
        List<String> extra = new ArrayList<>();
        for (Tree declaration : unit.getTypeDecls()) {
            if (declaration instanceof ClassTree type && !type.getSimpleName().contentEquals(own)) {
                extra.add(fileName + " declares the class " + pkg + type.getSimpleName()
                        + "; a candidate file may declare only its own class " + own
                        + " (and classes nested in it)");
            }
        }
        return extra;
    }
}
