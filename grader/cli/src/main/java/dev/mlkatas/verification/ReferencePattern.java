package dev.mlkatas.verification;

import java.util.regex.Pattern;

/**
 * One entry of an allowlist: a class, a package or a package tree, optionally narrowed to one member.
 *
 * <p>Example: {@code ReferencePattern.parse("org.apache.hadoop.io.*")
 * .matches(Reference.toClass("org.apache.hadoop.io.Text"))}
 *
 * <p>The syntax, with names as Java writes them and {@code $} before a nested class's name:
 * <ul>
 *   <li>{@code java.util.ArrayList}: that class, its nested classes and all their members;</li>
 *   <li>{@code java.util.*}: every class of the package {@code java.util}, not of its subpackages;</li>
 *   <li>{@code java.util.**}: every class of {@code java.util} and of every package below it;</li>
 *   <li>{@code java.lang.Thread#sleep}: the members of that name (every overload; a field too), and
 *       {@code #<init>} for constructors; {@code #get*} the members whose name starts with {@code get},
 *       {@code #*} every member but not the class itself (as a type, a cast, a superclass).</li>
 * </ul>
 *
 * @param text the pattern as written
 */
public record ReferencePattern(String text, String classPart, Scope scope, String member) {

    /** How far the class part reaches. */
    public enum Scope {
        /** One class and its nested classes. */
        CLASS,
        /** The classes of one package. */
        PACKAGE,
        /** The classes of a package and every package below it. */
        TREE
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    private static final Pattern MEMBER = Pattern.compile("<init>|<clinit>|\\*|[A-Za-z_$][A-Za-z0-9_$]*\\*?");

    /** Reads a pattern, or says in one sentence what is wrong with it. */
    public static ReferencePattern parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        int hash = trimmed.indexOf('#');
        String type = hash < 0 ? trimmed : trimmed.substring(0, hash);
        String member = hash < 0 ? null : trimmed.substring(hash + 1);
        Scope scope = Scope.CLASS;
        if (type.endsWith(".**")) {
            scope = Scope.TREE;
            type = type.substring(0, type.length() - 3);
        } else if (type.endsWith(".*")) {
            scope = Scope.PACKAGE;
            type = type.substring(0, type.length() - 2);
        }
        if (!NAME.matcher(type).matches() || (member != null && !MEMBER.matcher(member).matches())) {
            throw new IllegalArgumentException("'" + text + "' is not an allow pattern: write a class "
                    + "(java.util.ArrayList), a package (java.util.*), a package tree (java.util.**), "
                    + "optionally followed by #member (java.lang.Thread#sleep)");
        }
        return new ReferencePattern(trimmed, type, scope, member);
    }

    /** Whether the reference falls under this pattern. */
    public boolean matches(Reference reference) {
        if (!matchesClass(reference.owner())) {
            return false;
        }
        if (member == null) {
            return true;
        }
        if (reference.kind() == Reference.Kind.CLASS) {
            return false;
        }
        if (member.equals("*")) {
            return true;
        }
        return member.endsWith("*")
                ? reference.member().startsWith(member.substring(0, member.length() - 1))
                : reference.member().equals(member);
    }

    /** Whether a class, named as Java's binary name ({@code java.util.Map$Entry}), falls under the class part. */
    public boolean matchesClass(String className) {
        return switch (scope) {
            case CLASS -> className.equals(classPart) || className.startsWith(classPart + "$");
            case PACKAGE -> packageOf(className).equals(classPart);
            case TREE -> className.startsWith(classPart + ".");
        };
    }

    static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    @Override
    public String toString() {
        return text;
    }
}
