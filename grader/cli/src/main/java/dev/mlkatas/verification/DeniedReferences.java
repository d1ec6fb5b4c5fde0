package dev.mlkatas.verification;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What no candidate file may use in any kata, whatever its allowlist says: each rule names what it stops.
 *
 * <p>Example: {@code DeniedReferences.rule(Reference.toMember(Kind.METHOD, "java.lang.System", "exit", "(I)V"))}
 * is the rule "the JVM and its environment".
 */
public final class DeniedReferences {

    /**
     * A denial: the patterns it covers, what under them it leaves alone, and its name as a refusal quotes it.
     */
    public record Rule(String name, List<ReferencePattern> patterns, List<ReferencePattern> except) {

        boolean refuses(Reference reference) {
            return patterns.stream().anyMatch(p -> p.matches(reference))
                    && except.stream().noneMatch(p -> p.matches(reference));
        }
    }

    /**
     * What reflection and method handles leave alone. The members of {@code java.lang.Class} that read a name
     * or check a type (everything else on it loads, finds or creates classes and members by name;
     * {@code desiredAssertionStatus} is what an {@code assert} statement compiles to); and a
     * {@code VarHandle} that views a plain array, which reaches nothing but that array.
     */
    private static final List<String> HARMLESS = List.of("java.lang.Class#getName", "java.lang.Class#getSimpleName",
            "java.lang.Class#getTypeName", "java.lang.Class#desiredAssertionStatus", "java.lang.Class#isInstance",
            "java.lang.Class#cast", "java.lang.Class#isArray", "java.lang.Class#isEnum", "java.lang.Class#isRecord",
            "java.lang.Class#equals", "java.lang.Class#hashCode", "java.lang.Class#toString",
            "java.lang.invoke.VarHandle", "java.lang.invoke.MethodHandles#byteArrayViewVarHandle",
            "java.lang.invoke.MethodHandles#arrayElementVarHandle");

    private static final List<Rule> RULES = List.of(
            rule("reflection and method handles", HARMLESS,
                    "java.lang.reflect.**", "java.lang.invoke.**", "java.lang.Class#*", "java.lang.ClassValue",
                    "java.lang.Module", "java.lang.ModuleLayer", "java.lang.Package", "java.beans.**"),
            rule("class loaders", List.of(),
                    "java.lang.ClassLoader", "java.security.SecureClassLoader", "java.util.ServiceLoader",
                    "java.util.ResourceBundle", "java.lang.instrument.**", "javax.tools.**", "javax.script.**"),
            rule("the JVM and its environment", List.of(),
                    "java.lang.System#exit", "java.lang.System#getenv", "java.lang.System#getProperty",
                    "java.lang.System#getProperties", "java.lang.System#setProperty",
                    "java.lang.System#setProperties", "java.lang.System#clearProperty", "java.lang.System#setIn",
                    "java.lang.System#setOut", "java.lang.System#setErr", "java.lang.System#load",
                    "java.lang.System#loadLibrary", "java.lang.System#mapLibraryName", "java.lang.System#console",
                    "java.lang.System#inheritedChannel", "java.lang.System#getSecurityManager",
                    "java.lang.System#setSecurityManager", "java.lang.System#getLogger", "java.lang.System#in",
                    "java.lang.Integer#getInteger", "java.lang.Long#getLong", "java.lang.Boolean#getBoolean",
                    "java.lang.Runtime", "java.lang.SecurityManager", "java.lang.ref.Cleaner"),
            rule("processes", List.of(), "java.lang.ProcessBuilder", "java.lang.Process", "java.lang.ProcessHandle"),
            rule("threads", List.of(),
                    "java.lang.Thread", "java.lang.ThreadGroup", "java.util.Timer", "java.util.TimerTask",
                    "java.util.concurrent.Executor", "java.util.concurrent.Executors",
                    "java.util.concurrent.ExecutorService", "java.util.concurrent.ScheduledExecutorService",
                    "java.util.concurrent.AbstractExecutorService", "java.util.concurrent.ThreadPoolExecutor",
                    "java.util.concurrent.ScheduledThreadPoolExecutor", "java.util.concurrent.ForkJoinPool",
                    "java.util.concurrent.ForkJoinTask", "java.util.concurrent.ForkJoinWorkerThread",
                    "java.util.concurrent.CompletableFuture", "java.util.concurrent.ThreadFactory",
                    "java.util.stream.*#parallel", "java.util.Collection#parallelStream",
                    "java.util.Arrays#parallel*"),
            rule("stack walking", List.of(),
                    "java.lang.StackWalker", "java.lang.StackTraceElement", "java.lang.Throwable#getStackTrace",
                    "java.lang.Throwable#setStackTrace"),
            rule("files", List.of(),
                    "java.io.File", "java.io.FileDescriptor", "java.io.FileInputStream", "java.io.FileOutputStream",
                    "java.io.FileReader", "java.io.FileWriter", "java.io.FileFilter", "java.io.FilenameFilter",
                    "java.io.FilePermission", "java.io.RandomAccessFile", "java.io.PrintStream#<init>",
                    "java.io.PrintWriter#<init>", "java.util.Formatter#<init>", "java.nio.file.**",
                    "java.nio.channels.**", "java.util.zip.ZipFile", "java.util.jar.JarFile",
                    "java.util.logging.FileHandler", "java.util.prefs.**"),
            rule("network", List.of(), "java.net.**", "javax.net.**", "java.rmi.**", "javax.naming.**"),
            rule("management", List.of(), "java.lang.management.**", "javax.management.**"),
            rule("JDK internals", List.of(), "sun.**", "jdk.**", "com.sun.**"));

    private DeniedReferences() {}

    /** The rule that refuses the reference, if any. */
    public static Optional<Rule> rule(Reference reference) {
        return RULES.stream().filter(r -> r.refuses(reference)).findFirst();
    }

    /** Every rule, in the order they are checked. */
    public static List<Rule> rules() {
        return RULES;
    }

    private static Rule rule(String name, List<String> except, String... patterns) {
        return new Rule(name, Arrays.stream(patterns).map(ReferencePattern::parse).toList(),
                except.stream().map(ReferencePattern::parse).toList());
    }
}
