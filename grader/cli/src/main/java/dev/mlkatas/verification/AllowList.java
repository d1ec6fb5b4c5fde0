package dev.mlkatas.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a kata's candidate files may use: the JDK's values, strings, math, collections, functions, streams
 * and printing, the kata's own provided classes, and what its {@code kata.yaml} adds under {@code allow}.
 * {@link DeniedReferences} is checked first and wins.
 *
 * <p>Example: {@code AllowList.of(List.of("org.apache.hadoop.io.Text"), Set.of("dev.mlkatas.wordcount.Tokens"))}
 */
public final class AllowList {

    /** What every kata allows; see GRADING.md, "Layer 3: bytecode allowlist". */
    public static final List<String> DEFAULTS = List.of(
            // values, strings, math, the types every class and exception builds on
            "java.lang.Object", "java.lang.String", "java.lang.StringBuilder", "java.lang.StringBuffer",
            "java.lang.CharSequence", "java.lang.Character", "java.lang.Number", "java.lang.Integer",
            "java.lang.Long", "java.lang.Short", "java.lang.Byte", "java.lang.Double", "java.lang.Float",
            "java.lang.Boolean", "java.lang.Void", "java.lang.Math", "java.lang.StrictMath", "java.lang.Comparable",
            "java.lang.Iterable", "java.lang.AutoCloseable", "java.lang.Cloneable", "java.lang.Appendable",
            "java.lang.Runnable", "java.lang.Enum", "java.lang.Record", "java.lang.Class",
            "java.lang.FunctionalInterface", "java.lang.Override", "java.lang.SafeVarargs",
            "java.lang.SuppressWarnings", "java.lang.Deprecated",
            "java.lang.Throwable", "java.lang.Exception", "java.lang.RuntimeException", "java.lang.Error",
            "java.lang.AssertionError", "java.lang.ArithmeticException", "java.lang.ArrayIndexOutOfBoundsException",
            "java.lang.ArrayStoreException", "java.lang.ClassCastException", "java.lang.CloneNotSupportedException",
            "java.lang.IllegalArgumentException", "java.lang.IllegalStateException",
            "java.lang.IndexOutOfBoundsException", "java.lang.InterruptedException",
            "java.lang.NegativeArraySizeException", "java.lang.NullPointerException",
            "java.lang.NumberFormatException", "java.lang.StringIndexOutOfBoundsException",
            "java.lang.UnsupportedOperationException", "java.lang.NoSuchFieldError", "java.lang.MatchException",
            "java.lang.System#out", "java.lang.System#err", "java.lang.System#arraycopy",
            "java.lang.System#identityHashCode", "java.lang.System#lineSeparator", "java.lang.System#nanoTime",
            "java.lang.System#currentTimeMillis",
            "java.io.PrintStream", "java.io.Serializable", "java.io.IOException", "java.io.UncheckedIOException",
            "java.io.StringReader", "java.io.StringWriter", "java.io.Closeable",
            "java.math.*", "java.text.*", "java.time.**", "java.nio.ByteOrder", "java.nio.charset.StandardCharsets",
            "java.nio.charset.Charset",
            // collections, functions, streams
            "java.util.*", "java.util.function.*", "java.util.stream.*", "java.util.regex.*", "java.util.random.*",
            "java.util.concurrent.atomic.*", "java.util.concurrent.ConcurrentHashMap",
            "java.util.concurrent.ConcurrentMap", "java.util.concurrent.ThreadLocalRandom",
            "java.util.concurrent.TimeUnit");

    private final List<ReferencePattern> patterns;
    private final Set<String> ownClasses;

    private AllowList(List<ReferencePattern> patterns, Set<String> ownClasses) {
        this.patterns = patterns;
        this.ownClasses = ownClasses;
    }

    /**
     * The defaults, {@code kataAllow} (the {@code allow} patterns of a {@code kata.yaml}) and
     * {@code ownClasses}, the candidate's and the kata's provided classes (binary names).
     */
    public static AllowList of(List<String> kataAllow, Set<String> ownClasses) {
        List<ReferencePattern> all = new ArrayList<>();
        DEFAULTS.forEach(p -> all.add(ReferencePattern.parse(p)));
        kataAllow.forEach(p -> all.add(ReferencePattern.parse(p)));
        return new AllowList(List.copyOf(all), Set.copyOf(ownClasses));
    }

    /** Whether the class is the candidate's or one the kata provides. */
    public boolean isOwn(String className) {
        return ownClasses.contains(className);
    }

    /** Whether a pattern or the kata's own classes allow it; {@link DeniedReferences} is not consulted here. */
    public boolean allows(Reference reference) {
        return isOwn(reference.owner()) || patterns.stream().anyMatch(p -> p.matches(reference));
    }
}
